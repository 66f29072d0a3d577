#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace brug {

/// The interface language: Dutch, Arabic, Turkish or Twi (Akan in CLDR). Switching installs the
/// translator, re-translates every binding at once and sets the locale for dates and numbers.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY changed)
    Q_PROPERTY(bool rtl READ rtl NOTIFY changed)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY changed)

public:
    explicit Language(QObject *parent = nullptr);
    static Language *instance();
    static Language *create(QQmlEngine *, QJSEngine *);

    /// nl, ar, tr, ak.
    [[nodiscard]] static QStringList supported();
    /// First start: the device's language if it is one of the four, else Dutch.
    [[nodiscard]] static QString initialCode();

    [[nodiscard]] QString code() const { return m_code; }
    void setCode(const QString &code);
    [[nodiscard]] bool rtl() const { return m_locale.textDirection() == Qt::RightToLeft; }
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] const QLocale &locale() const { return m_locale; }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    // Dates, times and numbers in the chosen language's conventions.
    Q_INVOKABLE QString date(const QString &isoDate, bool longFormat = false) const;
    Q_INVOKABLE QString dateTime(double msSinceEpoch) const;
    Q_INVOKABLE QString relativeDay(const QString &isoDate) const;
    Q_INVOKABLE QString number(double value, int decimals = 0) const;
    Q_INVOKABLE QString money(double cents) const;
    Q_INVOKABLE QString duration(int minutes) const;
    Q_INVOKABLE QString monthName(int year, int month) const;
    Q_INVOKABLE QString today() const;

signals:
    void changed();

private:
    [[nodiscard]] QString isolate(const QString &text) const;

    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace brug
