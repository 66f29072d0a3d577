#include "wirechange.h"

#include "fieldvalidator.h"
#include "hlc.h"
#include "ids.h"
#include "jsonreader.h"
#include "jsontext.h"
#include "schema.h"

#include <QJsonDocument>
#include <algorithm>

namespace brug {

void WireChange::appendJson(QByteArray &out, const RecordChange &change, Direction direction)
{
    // Written as text, not built as a QJsonObject first: a page of a pull is thousands of these,
    // and building the objects cost more than the rest of the request.
    if (change.drop) {
        out += "{\"drop\":true,\"e\":";
        JsonText::appendString(out, change.entity);
        out += ",\"id\":";
        JsonText::appendString(out, change.id);
        out += '}';
        return;
    }
    // The stamp most fields share goes once in `s`; a write usually sets all its fields at once.
    QString common = change.stamp;
    if (!change.stamps.isEmpty()) {
        const QHash<QString, QString> all = change.allStamps();
        common = Hlc::mostCommon(all.values());
    }
    out += '{';
    if (direction == Direction::Push && !change.bases.isEmpty()) {
        QStringList names = change.bases.keys();
        std::sort(names.begin(), names.end());
        out += "\"b\":{";
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i)
                out += ',';
            JsonText::appendString(out, names[i]);
            out += ':';
            JsonText::appendString(out, change.bases.value(names[i]));
        }
        out += "},";
    }
    out += "\"e\":";
    JsonText::appendString(out, change.entity);
    out += ",\"f\":";
    if (change.fieldsText.isEmpty())
        JsonText::appendObject(out, change.fields);
    else
        out += change.fieldsText;
    bool anyOther = false;
    if (!change.stamps.isEmpty())
        for (auto it = change.fields.constBegin(); it != change.fields.constEnd() && !anyOther; ++it)
            anyOther = change.stampOf(it.key()) != common;
    out += ",\"id\":";
    JsonText::appendString(out, change.id);
    if (direction == Direction::Push && change.resend)
        out += ",\"r\":1";
    out += ",\"s\":";
    JsonText::appendString(out, common);
    if (anyOther) {
        out += ",\"x\":{";
        bool first = true;
        for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
            const QString st = change.stampOf(it.key());
            if (st == common)
                continue;
            if (!first)
                out += ',';
            first = false;
            JsonText::appendString(out, it.key());
            out += ':';
            JsonText::appendString(out, st);
        }
        out += '}';
    }
    out += '}';
}

QJsonObject WireChange::encode(const RecordChange &change, Direction direction)
{
    QByteArray text;
    appendJson(text, change, direction);
    return QJsonDocument::fromJson(text).object();
}

RecordChange WireChange::decode(const QJsonObject &json, const QString &path, Direction direction,
                                std::optional<ProtocolError> *error)
{
    JsonReader r(json, path, error);
    RecordChange c;
    c.entity = r.string(QStringLiteral("e"));
    c.id = r.string(QStringLiteral("id"));
    if (!r.ok())
        return {};
    const EntityDef *def = Schema::entity(c.entity);
    if (!def) {
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("unknown entity"), QStringLiteral("e"));
        return {};
    }
    if (!Ids::isValid(c.id)) {
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("not a lower-case UUID"), QStringLiteral("id"));
        return {};
    }
    if (direction == Direction::Pull && r.has(QStringLiteral("drop"))) {
        c.drop = r.boolean(QStringLiteral("drop"), true);
        r.noOthers();
        return r.ok() ? c : RecordChange{};
    }
    const QString stamp = r.string(QStringLiteral("s"));
    c.fields = r.object(QStringLiteral("f"));
    const QJsonObject x = r.object(QStringLiteral("x"), false);
    QJsonObject b;
    if (direction == Direction::Push) {
        b = r.object(QStringLiteral("b"), false);
        c.resend = r.integer(QStringLiteral("r"), false, 0, 1) == 1;
    }
    r.noOthers();
    if (!r.ok())
        return {};
    if (!Hlc::isValid(stamp)) {
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("not a stamp"), QStringLiteral("s"));
        return {};
    }
    if (c.fields.isEmpty()) {
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("no fields"), QStringLiteral("f"));
        return {};
    }
    // The member's path is made only for an error: a page has tens of thousands of fields.
    // Read through const iterators: a non-const begin() would copy the fields out of the
    // request's document, for every change.
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        const QString name = it.key();
        const FieldDef *f = def->field(name);
        if (!f) {
            r.fail(QStringLiteral("unknown_field"), QStringLiteral("not a field of %1").arg(def->name),
                   QStringLiteral("f.") + name);
            return {};
        }
        if (auto err = validateField(*f, it.value())) {
            r.fail(err->code, err->message.mid(err->message.indexOf(u':') + 2), QStringLiteral("f.") + name);
            return {};
        }
    }
    c.stamp = stamp;
    for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
        if (!c.fields.contains(it.key())) {
            r.fail(QStringLiteral("invalid_value"), QStringLiteral("stamp for a field not in f"), QStringLiteral("x.") + it.key());
            return {};
        }
        if (!it->isString() || !Hlc::isValid(it->toString())) {
            r.fail(QStringLiteral("invalid_value"), QStringLiteral("not a stamp"), QStringLiteral("x.") + it.key());
            return {};
        }
        if (it->toString() != stamp)
            c.stamps.insert(it.key(), it->toString());
    }
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        if (!c.fields.contains(it.key())) {
            r.fail(QStringLiteral("invalid_value"), QStringLiteral("base for a field not in f"), QStringLiteral("b.") + it.key());
            return {};
        }
        if (!it->isString() || !Hlc::isValid(it->toString())) {
            r.fail(QStringLiteral("invalid_value"), QStringLiteral("not a stamp"), QStringLiteral("b.") + it.key());
            return {};
        }
        c.bases.insert(it.key(), it->toString());
    }
    c.validated = true;
    return c;
}

} // namespace brug
