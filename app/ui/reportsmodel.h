#pragma once

#include "report.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// The Reports page: the figures of a period for this device's side (a migrant organisation's,
/// or a provider's for caseworkers and managers), ready for charts, in the chosen language,
/// and their export as CSV and PDF. Every count item is {key, label, short, value, display,
/// suppressed, withheld}: `value` is 0 when the count is hidden, `display` says "<5" or "≥5".
class ReportsModel : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Reports)
    /// "last3months" (the default), "thisYear" or "custom" (then from/to).
    Q_PROPERTY(QString preset READ preset WRITE setPreset NOTIFY periodChanged)
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY periodChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY periodChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    Q_PROPERTY(bool providerSide READ providerSide NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString privacyNote READ privacyNote NOTIFY changed)
    Q_PROPERTY(QString exportFolder READ exportFolder CONSTANT)

    // The migrant organisation's figures.
    Q_PROPERTY(QVariantMap familiesReached READ familiesReached NOTIFY changed)
    Q_PROPERTY(QVariantList familiesByOrigin READ familiesByOrigin NOTIFY changed)
    Q_PROPERTY(QVariantList familiesByNeighbourhood READ familiesByNeighbourhood NOTIFY changed)
    Q_PROPERTY(QVariantList visitsPerMonth READ visitsPerMonth NOTIFY changed)
    Q_PROPERTY(QVariantList meetingsPerMonth READ meetingsPerMonth NOTIFY changed)
    Q_PROPERTY(QVariantList attendancePerMonth READ attendancePerMonth NOTIFY changed)
    Q_PROPERTY(QVariantList attendanceByGroup READ attendanceByGroup NOTIFY changed)
    Q_PROPERTY(QVariantList riskFactors READ riskFactors NOTIFY changed)
    Q_PROPERTY(QVariantList riskClusters READ riskClusters NOTIFY changed)
    Q_PROPERTY(QVariantList actions READ actions NOTIFY changed)
    Q_PROPERTY(QVariantList referralsByProvider READ referralsByProvider NOTIFY changed)
    Q_PROPERTY(QVariantList referralsByStatus READ referralsByStatus NOTIFY changed)
    /// {available, median, display, count, countDisplay, suppressed}
    Q_PROPERTY(QVariantMap daysToIntake READ daysToIntake NOTIFY changed)
    /// [{label, month, monthLabel, minutes, hoursDisplay, km, kmDisplay, cents, moneyDisplay}]
    Q_PROPERTY(QVariantList hours READ hours NOTIFY changed)
    /// [{label, families, visits, referrals}], each of the three a count item
    Q_PROPERTY(QVariantList caseload READ caseload NOTIFY changed)

    // The provider's figures.
    Q_PROPERTY(QVariantMap referralsReceived READ referralsReceived NOTIFY changed)
    Q_PROPERTY(QVariantList receivedByOrigin READ receivedByOrigin NOTIFY changed)
    Q_PROPERTY(QVariantList receivedByService READ receivedByService NOTIFY changed)
    Q_PROPERTY(QVariantList receivedByStatus READ receivedByStatus NOTIFY changed)
    Q_PROPERTY(QVariantMap daysToFirstResponse READ daysToFirstResponse NOTIFY changed)
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY changed)
    Q_PROPERTY(QVariantMap declined READ declined NOTIFY changed)
    Q_PROPERTY(QVariantList meetingsRequested READ meetingsRequested NOTIFY changed)
    Q_PROPERTY(QVariantList meetingsPresent READ meetingsPresent NOTIFY changed)

public:
    explicit ReportsModel(QObject *parent = nullptr);

    [[nodiscard]] QString preset() const { return m_preset; }
    void setPreset(const QString &preset);
    [[nodiscard]] QString from() const { return m_period.from().toString(Qt::ISODate); }
    void setFrom(const QString &isoDate);
    [[nodiscard]] QString to() const { return m_period.to().toString(Qt::ISODate); }
    void setTo(const QString &isoDate);
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] bool providerSide() const { return m_report.side == Report::Side::Provider; }
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] QString privacyNote() const { return label(QStringLiteral("term"), QStringLiteral("privacy")); }
    [[nodiscard]] QString exportFolder() const;

    [[nodiscard]] QVariantMap familiesReached() const { return single(u"families_reached"); }
    [[nodiscard]] QVariantList familiesByOrigin() const { return list(u"families_by_origin"); }
    [[nodiscard]] QVariantList familiesByNeighbourhood() const { return list(u"families_by_neighbourhood"); }
    [[nodiscard]] QVariantList visitsPerMonth() const { return list(u"visits_per_month"); }
    [[nodiscard]] QVariantList meetingsPerMonth() const { return list(u"meetings_per_month"); }
    [[nodiscard]] QVariantList attendancePerMonth() const { return list(u"attendance_per_month"); }
    [[nodiscard]] QVariantList attendanceByGroup() const { return list(u"attendance_by_group"); }
    [[nodiscard]] QVariantList riskFactors() const { return list(u"risk_factors"); }
    [[nodiscard]] QVariantList riskClusters() const { return list(u"risk_clusters"); }
    [[nodiscard]] QVariantList actions() const { return list(u"actions"); }
    [[nodiscard]] QVariantList referralsByProvider() const { return list(u"referrals_by_provider"); }
    [[nodiscard]] QVariantList referralsByStatus() const { return list(u"referrals_by_status"); }
    [[nodiscard]] QVariantMap daysToIntake() const { return duration(u"days_to_intake"); }
    [[nodiscard]] QVariantList hours() const;
    [[nodiscard]] QVariantList caseload() const;
    [[nodiscard]] QVariantMap referralsReceived() const { return single(u"referrals_received"); }
    [[nodiscard]] QVariantList receivedByOrigin() const { return list(u"received_by_origin"); }
    [[nodiscard]] QVariantList receivedByService() const { return list(u"received_by_service"); }
    [[nodiscard]] QVariantList receivedByStatus() const { return list(u"received_by_status"); }
    [[nodiscard]] QVariantMap daysToFirstResponse() const { return duration(u"days_to_first_response"); }
    [[nodiscard]] QVariantList outcomes() const { return list(u"outcomes"); }
    [[nodiscard]] QVariantMap declined() const { return single(u"declined"); }
    [[nodiscard]] QVariantList meetingsRequested() const { return list(u"meetings_provider_requested"); }
    [[nodiscard]] QVariantList meetingsPresent() const { return list(u"meetings_provider_present"); }

    /// The section's title in the chosen language (ids as in the CSV: "families_by_origin" ...).
    Q_INVOKABLE QString title(const QString &sectionId) const;
    /// A file in the Documents folder for an export: brug-figures-<from>-<to>.<extension>.
    Q_INVOKABLE QString suggestedPath(const QString &extension) const;
    Q_INVOKABLE QUrl suggestedUrl(const QString &extension) const { return QUrl::fromLocalFile(suggestedPath(extension)); }
    /// Write the figures; each returns an error in plain words, or "" when the file is written.
    /// A plain path is taken as well as a file URL.
    Q_INVOKABLE QString exportCsv(const QUrl &fileUrl);
    Q_INVOKABLE QString exportPdf(const QUrl &fileUrl);
    Q_INVOKABLE void reload();

    /// The words of the report in the chosen language: catalogue labels through Labels, months
    /// in the locale, the report's own words through tr().
    [[nodiscard]] QString label(const QString &kind, const QString &key) const;
    [[nodiscard]] const Report &report() const { return m_report; }

signals:
    void periodChanged();
    void changed();

private:
    [[nodiscard]] QVariantMap item(const FigureRow &row) const;
    [[nodiscard]] QVariantMap figureItem(const Figure &figure) const;
    [[nodiscard]] QVariantList list(QStringView id) const;
    [[nodiscard]] QVariantMap single(QStringView id) const;
    [[nodiscard]] QVariantMap duration(QStringView id) const;
    [[nodiscard]] QString localFile(const QUrl &fileUrl, QString *error) const;
    void applyPreset();

    QString m_preset = QStringLiteral("last3months");
    ReportPeriod m_period;
    Report m_report;
    bool m_ready = false;
};

} // namespace brug
