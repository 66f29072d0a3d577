#include "language.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QSettings>

namespace brug {

namespace {
Language *g_instance = nullptr;

QLocale localeFor(const QString &code)
{
    // Most Arabic-reading families here are Moroccan: Western digits, as ar_MA writes them.
    if (code == u"ar")
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    if (code == u"tr")
        return QLocale(QLocale::Turkish, QLocale::Turkey);
    if (code == u"ak")
        return QLocale(QLocale::Akan, QLocale::Ghana);
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}
} // namespace

Language::Language(QObject *parent) : QObject(parent)
{
    g_instance = this;
    setCode(QSettings().value(QStringLiteral("language"), initialCode()).toString());
}

Language *Language::instance()
{
    return g_instance;
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    if (!g_instance->m_engine)
        g_instance->m_engine = engine;
    return g_instance;
}

QStringList Language::supported()
{
    return {QStringLiteral("nl"), QStringLiteral("ar"), QStringLiteral("tr"), QStringLiteral("ak")};
}

QString Language::initialCode()
{
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    if (system == u"tw" || system == u"twi")
        return QStringLiteral("ak");
    return supported().contains(system) ? system : QStringLiteral("nl");
}

void Language::setCode(const QString &requested)
{
    const QString code = supported().contains(requested) ? requested : QStringLiteral("nl");
    if (code == m_code)
        return;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/brug_%1.qm").arg(code)))
        qWarning("no translation for %s", qPrintable(code));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    m_code = code;
    m_locale = localeFor(code);
    QLocale::setDefault(m_locale);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->setLayoutDirection(m_locale.textDirection());
    QSettings().setValue(QStringLiteral("language"), code);
    if (m_engine)
        m_engine->retranslate();
    emit changed();
}

QVariantList Language::languages() const
{
    // Each language is named in itself, so anyone can find their own.
    return {QVariantMap{{QStringLiteral("code"), QStringLiteral("nl")}, {QStringLiteral("name"), QStringLiteral("Nederlands")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("ar")}, {QStringLiteral("name"), QStringLiteral("العربية")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("tr")}, {QStringLiteral("name"), QStringLiteral("Türkçe")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("ak")}, {QStringLiteral("name"), QStringLiteral("Twi")}}};
}

QString Language::name() const
{
    for (const QVariant &v : languages())
        if (v.toMap().value(QStringLiteral("code")).toString() == m_code)
            return v.toMap().value(QStringLiteral("name")).toString();
    return m_code;
}

QString Language::isolate(const QString &text) const
{
    // Digits and slashes inside right-to-left text are reordered by the bidi algorithm
    // ("18:15 2026/10/20" becomes a jumble): an isolate keeps a date one unit.
    if (!rtl() || text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

QString Language::date(const QString &isoDate, bool longFormat) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return QString();
    return isolate(m_locale.toString(d, longFormat ? QLocale::LongFormat : QLocale::ShortFormat));
}

QString Language::dateTime(double ms) const
{
    if (ms <= 0)
        return QString();
    return isolate(m_locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)), QLocale::ShortFormat));
}

QString Language::relativeDay(const QString &isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return QString();
    const qint64 days = QDate::currentDate().daysTo(d);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    if (days > 1 && days < 7)
        return m_locale.dayName(d.dayOfWeek(), QLocale::LongFormat);
    return m_locale.toString(d, QStringLiteral("d MMM"));
}

QString Language::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString Language::money(double cents) const
{
    return m_locale.toCurrencyString(cents / 100.0, QStringLiteral("€"));
}

QString Language::duration(int minutes) const
{
    const int h = minutes / 60, m = minutes % 60;
    if (h == 0)
        return tr("%n min", nullptr, m);
    if (m == 0)
        return tr("%n h", nullptr, h);
    //: hours and minutes, e.g. "1 h 30 min"
    return tr("%1 h %2 min").arg(m_locale.toString(h), m_locale.toString(m));
}

QString Language::monthName(int year, int month) const
{
    return m_locale.standaloneMonthName(month, QLocale::LongFormat) + QLatin1Char(' ') + QString::number(year);
}

QString Language::today() const
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace brug
