#include "reportsmodel.h"

#include "labels.h"
#include "language.h"
#include "reportbuilder.h"
#include "reportcsv.h"
#include "reportpdf.h"
#include "session.h"
#include "store.h"
#include "storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace brug {

namespace {
QLocale uiLocale()
{
    return Language::instance() ? Language::instance()->locale() : QLocale();
}
} // namespace

ReportsModel::ReportsModel(QObject *parent) : QObject(parent)
{
    applyPreset();
    if (Session *s = Session::instance()) {
        connect(s, &Session::dataChanged, this, &ReportsModel::reload);
        connect(s, &Session::identityChanged, this, &ReportsModel::reload);
    }
    // A new language changes every label, not the counts.
    if (Language *l = Language::instance())
        connect(l, &Language::changed, this, &ReportsModel::changed);
    if (Labels *l = Labels::instance())
        connect(l, &Labels::changed, this, &ReportsModel::changed);
    reload();
}

void ReportsModel::applyPreset()
{
    // "custom" keeps the dates shown until the user picks others.
    const QDate today = QDate::currentDate();
    if (m_preset == u"thisYear")
        m_period = ReportPeriod::yearToDate(today);
    else if (m_preset != u"custom" || !m_period.isValid())
        m_period = ReportPeriod::lastMonths(3, today);
}

void ReportsModel::setPreset(const QString &preset)
{
    const QString p = preset == u"thisYear" || preset == u"custom" ? preset : QStringLiteral("last3months");
    if (p == m_preset)
        return;
    m_preset = p;
    applyPreset();
    emit periodChanged();
    reload();
}

void ReportsModel::setFrom(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid() || (d == m_period.from() && m_preset == u"custom"))
        return;
    m_preset = QStringLiteral("custom");
    m_period = ReportPeriod(d, std::max(d, m_period.to()));
    emit periodChanged();
    reload();
}

void ReportsModel::setTo(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid() || (d == m_period.to() && m_preset == u"custom"))
        return;
    m_preset = QStringLiteral("custom");
    m_period = ReportPeriod(std::min(d, m_period.from()), d);
    emit periodChanged();
    reload();
}

QString ReportsModel::periodText() const
{
    const QLocale l = uiLocale();
    //: the period of a report, e.g. "1 January 2026 – 31 March 2026"
    const QString format = QStringLiteral("d MMMM yyyy");
    // In right-to-left text each date is isolated, so the bidi algorithm keeps it one unit.
    const bool rtl = Language::instance() && Language::instance()->rtl();
    auto day = [&](const QDate &d) {
        const QString text = l.toString(d, format);
        return rtl ? QChar(0x2068) + text + QChar(0x2069) : text;
    };
    const QString text = tr("%1 – %2").arg(day(m_period.from()), day(m_period.to()));
    // Isolates hide their letters from the paragraph: a right-to-left mark sets its direction.
    return rtl ? QChar(0x200F) + text : text;
}

void ReportsModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    m_ready = s != nullptr && s->identity().isValid();
    m_report = Report{};
    m_report.period = m_period;
    if (m_ready) {
        try {
            m_report = ReportBuilder(*s).build(m_period);
        } catch (const StoreError &e) {
            qWarning("reports: %s", e.what());
            m_ready = false;
        }
    }
    emit changed();
}

QString ReportsModel::title(const QString &sectionId) const
{
    return label(QStringLiteral("section"), sectionId);
}

QString ReportsModel::label(const QString &kind, const QString &key) const
{
    if (kind == u"month") {
        const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        if (!d.isValid())
            return key;
        const QLocale l = uiLocale();
        return l.standaloneMonthName(d.month(), QLocale::ShortFormat) + QLatin1Char(' ') + QString::number(d.year());
    }
    if (kind == u"section") {
        // Titles of the figures on the Reports page and in the exports.
        if (key == u"families_reached") return tr("Families reached");
        if (key == u"families_by_origin") return tr("Families reached, by country of origin");
        if (key == u"families_by_neighbourhood") return tr("Families reached, by neighbourhood");
        if (key == u"visits_per_month") return tr("Home visits per month");
        if (key == u"meetings_per_month") return tr("Neighbourhood meetings per month");
        if (key == u"attendance_per_month") return tr("People at meetings per month");
        if (key == u"attendance_by_group") return tr("Who came to the meetings");
        //: how many home visits noted each of the 17 thresholds (risk factors) of the brochure
        if (key == u"risk_factors") return tr("Visits per threshold seen");
        if (key == u"risk_clusters") return tr("Visits per group of thresholds");
        if (key == u"actions") return tr("Visits per action taken");
        if (key == u"referrals_by_provider") return tr("Referrals sent, per service provider");
        if (key == u"referrals_by_status") return tr("Referrals sent, where they are now");
        if (key == u"days_to_intake") return tr("Days from referral to first meeting (intake)");
        if (key == u"hours") return tr("Hours, travel and expenses per person per month");
        if (key == u"caseload") return tr("Workload per intermediary");
        if (key == u"referrals_received") return tr("Referrals received");
        if (key == u"received_by_origin") return tr("Referrals received, by country of origin");
        if (key == u"received_by_service") return tr("Referrals received, per service");
        if (key == u"received_by_status") return tr("Referrals received, where they are now");
        if (key == u"days_to_first_response") return tr("Days from referral to first answer");
        if (key == u"outcomes") return tr("How referrals ended");
        if (key == u"declined") return tr("Referrals not accepted");
        if (key == u"meetings_provider_requested") return tr("Meetings that asked the service to come");
        if (key == u"meetings_provider_present") return tr("Meetings where the service was present");
        return ReportLabels::english(kind, key);
    }
    if (kind == u"column") {
        //: column heading in an exported table of figures
        if (key == u"label") return tr("What");
        //: column heading: a number of families, visits, referrals...
        if (key == u"count") return tr("Number");
        if (key == u"median_days") return tr("Middle value in days");
        if (key == u"based_on") return tr("Number of referrals");
        if (key == u"person") return tr("Person");
        if (key == u"month") return tr("Month");
        if (key == u"minutes") return tr("Minutes");
        if (key == u"hours") return tr("Hours");
        //: kilometres travelled
        if (key == u"km") return tr("km");
        if (key == u"expenses") return tr("Expenses");
        if (key == u"active_families") return tr("Active families");
        if (key == u"recent_visits") return tr("Visits, last 30 days");
        if (key == u"open_referrals") return tr("Open referrals");
        return ReportLabels::english(kind, key);
    }
    if (kind == u"term") {
        //: title of the exported report of figures
        if (key == u"title") return tr("Brug figures");
        if (key == u"period") return tr("Period");
        //: a country of origin, neighbourhood or provider that is not known
        if (key == u"unknown") return tr("Not known");
        if (key == u"no_service") return tr("No service chosen");
        if (key == u"total") return tr("Total");
        //: referral status: not yet answered by the service
        if (key == u"new") return tr("New, not yet answered");
        if (key == u"women") return tr("Women");
        if (key == u"men") return tr("Men");
        if (key == u"children") return tr("Children");
        //: people who came to a meeting for the first time
        if (key == u"newcomers") return tr("New visitors");
        if (key == u"privacy")
            return tr("Numbers from 1 to 4 are shown as <5, so that no family can be recognised. A number shown as "
                      "≥5 is hidden so that a <5 cannot be worked out from a total.");
        if (key == u"no_median") return tr("not shown for fewer than 5 referrals");
        if (key == u"nothing") return tr("Nothing in this period.");
        //: page number in the PDF report
        if (key == u"page") return tr("Page %1");
        return ReportLabels::english(kind, key);
    }
    if (kind == u"name")
        return key;
    return Labels::label(kind, key);
}

QVariantMap ReportsModel::figureItem(const Figure &figure) const
{
    return {{QStringLiteral("value"), double(figure.shown())},
            {QStringLiteral("display"), figure.display(uiLocale())},
            {QStringLiteral("suppressed"), figure.hidden()},
            {QStringLiteral("withheld"), figure.withheld()}};
}

QVariantMap ReportsModel::item(const FigureRow &row) const
{
    QVariantMap m = figureItem(row.figure);
    m.insert(QStringLiteral("key"), row.key);
    m.insert(QStringLiteral("label"),
             ReportLabels::rowLabel([this](const QString &k, const QString &key) { return label(k, key); }, row));
    QString shortLabel = m.value(QStringLiteral("label")).toString();
    if (row.kind == u"month") {
        const QDate d = QDate::fromString(row.key + QStringLiteral("-01"), Qt::ISODate);
        if (d.isValid())
            shortLabel = uiLocale().standaloneMonthName(d.month(), QLocale::ShortFormat);
    }
    m.insert(QStringLiteral("short"), shortLabel);
    return m;
}

QVariantList ReportsModel::list(QStringView id) const
{
    QVariantList out;
    if (const FigureTable *t = m_report.table(id))
        for (const FigureRow &r : t->rows)
            out.append(item(r));
    return out;
}

QVariantMap ReportsModel::single(QStringView id) const
{
    const FigureTable *t = m_report.table(id);
    if (!t || t->rows.empty())
        return figureItem(Figure(0));
    return item(t->rows.front());
}

QVariantMap ReportsModel::duration(QStringView id) const
{
    const DurationFigure *d = m_report.duration(id);
    const DurationFigure none;
    const DurationFigure &x = d ? *d : none;
    const QLocale l = uiLocale();
    return {{QStringLiteral("available"), x.hasMedian()},
            {QStringLiteral("median"), x.medianDays},
            {QStringLiteral("display"), x.hasMedian() ? l.toString(x.medianDays, 'f', 1) : QStringLiteral("–")},
            {QStringLiteral("count"), double(x.count.shown())},
            {QStringLiteral("countDisplay"), x.count.display(l)},
            {QStringLiteral("suppressed"), x.count.hidden()}};
}

QVariantList ReportsModel::hours() const
{
    QVariantList out;
    QLocale l = uiLocale();
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    for (const HoursRow &h : m_report.hours) {
        const int hh = int(h.minutes / 60), mm = int(h.minutes % 60);
        out.append(QVariantMap{
            {QStringLiteral("label"), h.userName.isEmpty() ? tr("Someone not in the list") : h.userName},
            {QStringLiteral("month"), h.month},
            {QStringLiteral("monthLabel"), label(QStringLiteral("month"), h.month)},
            {QStringLiteral("minutes"), double(h.minutes)},
            //: hours and minutes worked, e.g. "12:30"
            {QStringLiteral("hoursDisplay"), tr("%1:%2").arg(l.toString(hh)).arg(mm, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("km"), h.km},
            {QStringLiteral("kmDisplay"), l.toString(h.km, 'f', 1)},
            {QStringLiteral("cents"), double(h.expensesCents)},
            {QStringLiteral("moneyDisplay"), uiLocale().toCurrencyString(double(h.expensesCents) / 100.0, QStringLiteral("€"))}});
    }
    return out;
}

QVariantList ReportsModel::caseload() const
{
    QVariantList out;
    for (const CaseloadRow &c : m_report.caseload)
        out.append(QVariantMap{{QStringLiteral("label"), c.userName.isEmpty() ? tr("Someone not in the list") : c.userName},
                               {QStringLiteral("families"), figureItem(c.activeFamilies)},
                               {QStringLiteral("visits"), figureItem(c.recentVisits)},
                               {QStringLiteral("referrals"), figureItem(c.openReferrals)}});
    return out;
}

QString ReportsModel::exportFolder() const
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString ReportsModel::suggestedPath(const QString &extension) const
{
    return QDir(exportFolder()).filePath(QStringLiteral("brug-figures-%1-%2.%3").arg(from(), to(), extension));
}

QString ReportsModel::localFile(const QUrl &fileUrl, QString *error) const
{
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile()
                         : fileUrl.scheme().isEmpty() ? fileUrl.toString(QUrl::PreferLocalFile)
                                                      : QString();
    if (path.isEmpty()) {
        *error = tr("Choose a file on this device to save to.");
        return QString();
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("The folder %1 cannot be made.").arg(QFileInfo(path).absolutePath());
        return QString();
    }
    return path;
}

QString ReportsModel::exportCsv(const QUrl &fileUrl)
{
    if (!m_ready)
        return tr("Open your data first.");
    QString error;
    const QString path = localFile(fileUrl, &error);
    if (path.isEmpty())
        return error;
    ReportCsv::Options o;
    o.labels = [this](const QString &kind, const QString &key) { return label(kind, key); };
    o.locale = uiLocale();
    const QString failed = ReportCsv::save(m_report, path, o);
    return failed.isEmpty() ? QString() : tr("The file could not be saved: %1").arg(failed);
}

QString ReportsModel::exportPdf(const QUrl &fileUrl)
{
    if (!m_ready)
        return tr("Open your data first.");
    QString error;
    const QString path = localFile(fileUrl, &error);
    if (path.isEmpty())
        return error;
    ReportPdf::Options o;
    o.labels = [this](const QString &kind, const QString &key) { return label(kind, key); };
    o.locale = uiLocale();
    o.direction = Language::instance() && Language::instance()->rtl() ? Qt::RightToLeft : Qt::LeftToRight;
    const Session *s = Session::instance();
    const QString org = s ? s->orgName() : QString();
    //: title of the PDF report; %1 is the organisation's name
    o.title = org.isEmpty() ? label(QStringLiteral("term"), QStringLiteral("title")) : tr("Figures of %1").arg(org);
    o.periodText = periodText();
    //: at the foot of every page of the PDF report; %1 is today's date
    o.footer = tr("Made with Brug on %1").arg(uiLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")));
    const QString failed = ReportPdf::write(m_report, path, o);
    return failed.isEmpty() ? QString() : tr("The file could not be saved: %1").arg(failed);
}

} // namespace brug
