#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace brug {

/// The words for catalogue codes (risk factors, clusters, actions, topics, statuses, places,
/// languages, countries ...) in the chosen language, with short plain explanations where the
/// user needs one. The gentle wording families accept is chosen here (see translations/glossary).
class Labels : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    /// {catalogue: {code: label}}: bind to Labels.names.topic[code] and it follows the language.
    Q_PROPERTY(QVariantMap names READ names NOTIFY changed)
    /// {catalogue: [{code, label, group, explanation}]}: for lists of choices.
    Q_PROPERTY(QVariantMap lists READ lists NOTIFY changed)

public:
    explicit Labels(QObject *parent = nullptr);
    static Labels *create(QQmlEngine *, QJSEngine *);
    static Labels *instance();

    /// The label of one code; the code itself when the catalogue has no label for it.
    Q_INVOKABLE static QString label(const QString &catalogue, const QString &code);
    /// A short explanation (risk factors, actions, share categories), or empty.
    Q_INVOKABLE static QString explanation(const QString &catalogue, const QString &code);
    /// [{code, label, group, explanation}] in catalogue order.
    Q_INVOKABLE static QVariantList items(const QString &catalogue);
    /// Labels of several codes joined for display ("Arabic, Berber").
    Q_INVOKABLE static QString joined(const QString &catalogue, const QStringList &codes);

    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QVariantMap names() const;
    [[nodiscard]] QVariantMap lists() const;
    void retranslated();

signals:
    void changed();

private:
    int m_revision = 0;
};

} // namespace brug
