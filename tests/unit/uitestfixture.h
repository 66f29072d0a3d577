#pragma once

// Shared by the view-model tests (tst_models, tst_actions, tst_recordform): a real encrypted
// store in a temporary folder, enrolled as an intermediary or a caseworker, handed to a Session
// the way the app does; records "from the server" applied as a pull would; a wall clock that
// steps one millisecond per reading, so the order of writes is the order of their times.

#include "consentrepository.h"
#include "familyrepository.h"
#include "hlc.h"
#include "ids.h"
#include "records.h"
#include "referralrepository.h"
#include "session.h"
#include "store.h"
#include "storetestutil.h"
#include "visitrepository.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace brug::uitest {

/// Stable ids for the people and organisations of the tests.
inline QString idFor(const char *name)
{
    return Ids::derived(QStringLiteral("brug-uitest:") + QLatin1StringView(name));
}
inline const QString kMigrantOrg = idFor("org:migrant");
inline const QString kProvider = idFor("org:provider-p");
inline const QString kOtherProvider = idFor("org:provider-q");
inline const QString kMe = idFor("user:amina");            ///< the intermediary of this device
inline const QString kColleague = idFor("user:kofi");      ///< another intermediary of the org
inline const QString kCaseworker = idFor("user:daan");     ///< a caseworker of provider P
inline const QString kServiceA = idFor("service:a");
inline const QString kServiceB = idFor("service:b");
inline const QString kServerNode = QStringLiteral("aaaaaaaaaaaaaaaa");
inline const QString kCaseworkerNode = QStringLiteral("2222222222222222");

inline DeviceIdentity intermediary()
{
    return DeviceIdentity{idFor("device:amina"), kMe, QStringLiteral("Amina El Idrissi"),
                          QStringLiteral("intermediary"), kMigrantOrg, QStringLiteral("Stichting Brug"),
                          QStringLiteral("migrant_org"), QStringLiteral("1111111111111111")};
}

inline DeviceIdentity caseworker()
{
    return DeviceIdentity{idFor("device:daan"), kCaseworker, QStringLiteral("Daan de Vries"),
                          QStringLiteral("caseworker"), kProvider, QStringLiteral("Jeugdzorg Haaglanden"),
                          QStringLiteral("provider"), kCaseworkerNode};
}

/// The wall clock of every store of a test: one millisecond later at every reading.
inline qint64 g_wall = 0;
inline qint64 steppingWall()
{
    return ++g_wall;
}

/// A store, a session holding it, and ways to write into it as this device or as the server.
class Fixture
{
public:
    explicit Fixture(const DeviceIdentity &who)
    {
        QVERIFY2(m_dir.isValid(), "no temporary folder");
        g_wall = QDateTime::currentMSecsSinceEpoch();
        const QString path = m_dir.filePath(QStringLiteral("brug.db"));
        auto store = Store::create(path, test::kPassphrase, KeyFile::Profile::Fast);
        store->setIdentity(who);
        store->setWallSource(&steppingWall);
        m_session = std::make_unique<Session>(path);
        m_session->adopt(std::move(store));
        seedDirectory();
    }

    [[nodiscard]] Session &session() { return *m_session; }
    [[nodiscard]] Store &store() { return *m_session->store(); }
    [[nodiscard]] Records records() { return Records(store()); }

    /// A record made elsewhere (by `by`, on `node`) arriving with a pull; returns its id.
    QString remoteCreate(const QString &entity, QJsonObject fields, const QString &by,
                         const QString &node = kServerNode, QString id = QString())
    {
        if (id.isEmpty())
            id = Ids::newId();
        const qint64 at = fields.contains(u"created_at") ? qint64(fields.value(u"created_at").toDouble())
                                                         : steppingWall();
        fields.insert(QStringLiteral("created_at"), double(at));
        fields.insert(QStringLiteral("created_by"), by);
        fields.insert(QStringLiteral("updated_at"), double(at));
        fields.insert(QStringLiteral("updated_by"), by);
        fields.insert(QStringLiteral("updated_device"), idFor("device:remote"));
        fields.insert(QStringLiteral("deleted"), false);
        apply(entity, id, fields, node);
        return id;
    }

    /// Fields of an existing record changed elsewhere, arriving with a pull.
    void remoteUpdate(const QString &entity, const QString &id, QJsonObject fields, const QString &by,
                      const QString &node = kServerNode)
    {
        fields.insert(QStringLiteral("updated_at"), double(steppingWall()));
        fields.insert(QStringLiteral("updated_by"), by);
        fields.insert(QStringLiteral("updated_device"), idFor("device:remote"));
        apply(entity, id, fields, node);
    }

    /// Outbox entries (what this device will push) of one entity.
    [[nodiscard]] std::vector<test::OutboxRow> outbox(const QString &entity)
    {
        return test::outboxRows(store(), QStringLiteral("WHERE entity = '%1'").arg(entity));
    }

    /// A new HLC stamp of another node, newer than anything written so far.
    [[nodiscard]] static QString remoteStamp(const QString &node)
    {
        return Hlc{steppingWall(), 0, node}.toString();
    }

private:
    void apply(const QString &entity, const QString &id, const QJsonObject &fields, const QString &node)
    {
        RecordChange change;
        change.entity = entity;
        change.id = id;
        change.fields = fields;
        const QString stamp = remoteStamp(node);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            change.stamps.insert(it.key(), stamp);
        Records(store()).applyRemote(change);
    }

    void seedDirectory()
    {
        // The public records every device receives: organisations, people, services.
        const QString admin = idFor("user:admin");
        remoteCreate(QStringLiteral("organisation"),
                     {{"name", "Stichting Brug"}, {"kind", "migrant_org"}, {"city", "Den Haag"}}, admin,
                     kServerNode, kMigrantOrg);
        remoteCreate(QStringLiteral("organisation"),
                     {{"name", "Jeugdzorg Haaglanden"}, {"kind", "provider"}, {"city", "Den Haag"}}, admin,
                     kServerNode, kProvider);
        remoteCreate(QStringLiteral("organisation"),
                     {{"name", "Opvoedpoli Rijswijk"}, {"kind", "provider"}, {"city", "Rijswijk"}}, admin,
                     kServerNode, kOtherProvider);
        remoteCreate(QStringLiteral("user"),
                     {{"org_id", kMigrantOrg}, {"display_name", "Amina El Idrissi"}, {"role", "intermediary"},
                      {"active", true}},
                     admin, kServerNode, kMe);
        remoteCreate(QStringLiteral("user"),
                     {{"org_id", kMigrantOrg}, {"display_name", "Kofi Boateng"}, {"role", "intermediary"},
                      {"active", true}},
                     admin, kServerNode, kColleague);
        remoteCreate(QStringLiteral("user"),
                     {{"org_id", kProvider}, {"display_name", "Daan de Vries"}, {"role", "caseworker"},
                      {"active", true}},
                     admin, kServerNode, kCaseworker);
        remoteCreate(QStringLiteral("service"),
                     {{"provider_id", kProvider}, {"name", "Opvoedondersteuning"}, {"age_from", 0}, {"age_to", 18}},
                     kCaseworker, kServerNode, kServiceA);
        remoteCreate(QStringLiteral("service"),
                     {{"provider_id", kProvider}, {"name", "Jongerenwerk"}, {"age_from", 12}, {"age_to", 23}},
                     kCaseworker, kServerNode, kServiceB);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

/// Watches a model for its whole life and fails the running test on any inconsistency.
inline QAbstractItemModelTester *watch(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

/// One column of a list model, by role, top to bottom.
inline QVariantList column(const QAbstractItemModel &model, int role)
{
    QVariantList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.data(model.index(r, 0), role);
    return out;
}

inline QStringList strings(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (const QVariant &v : column(model, role))
        out << v.toString();
    return out;
}

// Local writes of this device, through the repositories the pages use.
inline QString addFamily(Store &s, const QString &code, const QString &name, const QString &hood = QString())
{
    Family f;
    f.code = code;
    f.name = name;
    f.neighbourhood = hood;
    f.intermediaryId = kMe;
    return FamilyRepository(s).save(f);
}

inline QString addVisit(Store &s, const QString &familyId, const QDate &date, const QDate &followUp = QDate(),
                        const QString &note = QString())
{
    Visit v;
    v.familyId = familyId;
    v.date = date;
    v.durationMin = 45;
    v.followUpOn = followUp;
    v.note = note;
    v.intermediaryId = kMe;
    return VisitRepository(s).save(v);
}

inline QString addConsent(Store &s, const QString &familyId, const QString &providerId, const QDate &givenOn)
{
    Consent c;
    c.familyId = familyId;
    c.providerId = providerId;
    c.shares = {QStringLiteral("identity"), QStringLiteral("contact")};
    c.purpose = QStringLiteral("referral");
    c.givenOn = givenOn;
    c.method = QStringLiteral("signed");
    return ConsentRepository(s).save(c);
}

inline QString addReferral(Store &s, const QString &familyId, const QString &providerId, const QString &consentId,
                           bool joins = false)
{
    Referral r;
    r.familyId = familyId;
    r.providerId = providerId;
    r.serviceId = providerId == kProvider ? kServiceA : QString();
    r.consentId = consentId;
    r.reasonFamily = QStringLiteral("Zoon wil niet meer naar school");
    r.intermediaryId = kMe;
    r.intermediaryJoins = joins;
    return ReferralRepository(s).saveDraft(r);
}

inline QSet<QString> idSet(const QAbstractItemModel &model, int role)
{
    const QStringList list = strings(model, role);
    return QSet<QString>(list.begin(), list.end());
}

inline QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace brug::uitest
