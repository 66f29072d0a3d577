// Isolation (docs/sync-protocol.md §10): a second migrant organisation and a second provider see
// none of the first organisation's families, visits, meetings, hours, consents, referrals or
// messages; the provider a referral is sent to sees exactly that referral, its consent (without
// the witness and the withdrawal note), the family's shared fields and the thread. Checked on the
// devices after real syncs, then by asking the API directly: raw pulls from cursor 0 hold no
// foreign id and no foreign text, and every write to a record a device may not write is refused
// per change with the exact code, changing nothing on the server. The raw pulls also check that
// every page keeps to the max_bytes it was asked (§8).
#include "consentrepository.h"
#include "messagerepository.h"
#include "outbox.h"
#include "referralrepository.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {

// Every text org A writes holds kA; those that must not reach its provider P1 also hold kNotP1.
// Org B's texts hold kB; those that must not reach its provider P2 also hold kNotP2. Texts sent
// in hostile pushes hold kHostile.
const QByteArray kA = "ZQA";
const QByteArray kNotP1 = "ZQP";
const QByteArray kB = "ZQB";
const QByteArray kNotP2 = "ZQS";
const QString kHostile = QStringLiteral("ZQH-hostile");

struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// One HTTP/1.1 exchange on its own connection, every byte as given.
HttpReply exchange(quint16 port, const QByteArray &request)
{
    HttpReply reply;
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(10000))
        return reply;
    s.write(request);
    QByteArray data;
    QElapsedTimer t;
    t.start();
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (t.elapsed() < 60000) {
        if (s.bytesToWrite() > 0)
            s.waitForBytesWritten(100);
        s.waitForReadyRead(100);
        data += s.readAll();
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headEnd).split('\n');
            const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
            reply.status = statusLine.value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            length = reply.headers.value("content-length", "-1").toLongLong();
        }
        if (headEnd >= 0 && length >= 0 && data.size() - headEnd - 4 >= length)
            break;
        if (s.state() != QAbstractSocket::ConnectedState) {
            data += s.readAll();
            break;
        }
    }
    if (headEnd >= 0)
        reply.body = data.mid(headEnd + 4, length >= 0 ? length : -1);
    return reply;
}

HttpReply postJson(quint16 port, const QByteArray &path, const QByteArray &token, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                         "Content-Type: application/json\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    request += "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    return exchange(port, request);
}

QJsonObject dumpStore(const ServerProcess &server)
{
    QString error;
    const QJsonObject dump = server.admin({QStringLiteral("dump")}, &error);
    if (dump.isEmpty())
        qWarning("dump failed: %s", qPrintable(error));
    return dump;
}

bool isPublic(const QString &entity)
{
    return entity == u"organisation" || entity == u"user" || entity == u"service" || entity == u"contact_person";
}

QString sorted(QStringList list)
{
    list.sort();
    return list.join(u'\n');
}

} // namespace

class TestE2eIsolation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    // Organisations, users and directory.
    QString orgA, orgB, p1, p2, serviceP1, serviceP2;
    QString amalUser, kwameUser, bilalUser, coordBUser, sanneUser, pieterUser;
    // Devices: amal and kwame (intermediaries of A), bilal (intermediary of B), coordB (coordinator of B, API
    // only), sanne (caseworker of P1), pieter (caseworker of P2).
    std::unique_ptr<TestDevice> amal, kwame, bilal, coordB, sanne, pieter;
    QHash<QString, TestDevice *> devices;
    // Org A's records.
    QString fam1, fam2, fam3, con1, con1w, con2, con3, ref1, ref2, ref3, visit1, meeting1, time1;
    QString msgA1, msgA2, msgA3, msgS1, msgS1status;
    QString conflictFamily, conflictReferral; // conflict records on fam1.phone and ref1.reason_intermediary
    // Org B's records.
    QString famB, conB, refB, visitB, msgB, msgP2, msgP2status;
    // Raw pushes: the next batch seq per device.
    QHash<QString, qint64> nextSeq;
    int stampCounter = 0;

    QString create(const QJsonObject &created, const char *what)
    {
        const QString id = created.value(u"id").toString();
        if (id.isEmpty())
            qWarning("admin %s failed", what);
        return id;
    }

    QString admin(const QStringList &args)
    {
        QString error;
        const QJsonObject o = server->admin(args, &error);
        if (o.isEmpty())
            qWarning("brug-server %s failed: %s", qPrintable(args.join(u' ')), qPrintable(error));
        return o.value(u"id").toString() + o.value(u"code").toString();
    }

    bool enrol(std::unique_ptr<TestDevice> &device, const char *name, const QString &user)
    {
        device = std::make_unique<TestDevice>(QString::fromLatin1(name));
        const QString code = admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), user});
        QString error;
        if (!device->enrol(server->url(), code, &error)) {
            qWarning("enrol %s: %s", name, qPrintable(error));
            return false;
        }
        devices.insert(QString::fromLatin1(name), device.get());
        return true;
    }

    /// "entity/id" of every record a device holds that is not public.
    QStringList privateRecords(TestDevice &d)
    {
        QStringList out;
        const QJsonObject dump = d.dump();
        for (auto it = dump.begin(); it != dump.end(); ++it)
            if (!isPublic(it.key().section(u'/', 0, 0)))
                out << it.key();
        return out;
    }

    QStringList publicRecords(TestDevice &d)
    {
        QStringList out;
        const QJsonObject dump = d.dump();
        for (auto it = dump.begin(); it != dump.end(); ++it)
            if (isPublic(it.key().section(u'/', 0, 0)))
                out << it.key();
        return out;
    }

    QString messageIdOnDevice(TestDevice &d, const QString &referralId, const QString &kind, const QString &userId)
    {
        for (const Record &r : d.records().query(u"message", QStringLiteral("referral_id = ? AND kind = ? AND created_by = ?"),
                                                 {referralId, kind, userId}))
            return r.id;
        return QString();
    }

    static constexpr qint64 kPageBytes = 16 * 1024;

    /// All changes a device pulls from cursor 0, page after page (max_bytes kPageBytes), as the
    /// raw bodies; empty when a page is refused or holds more than max_bytes asks.
    QByteArray rawPullAll(TestDevice &d, std::vector<QJsonObject> *changes, int *pageCount = nullptr)
    {
        QByteArray all;
        qint64 cursor = 0;
        for (int page = 0; page < 100; ++page) {
            const HttpReply r = postJson(server->port(), "/v1/sync", d.store().state(QStringLiteral("token")).toLatin1(),
                                         {{QStringLiteral("protocol"), 1},
                                          {QStringLiteral("store_id"), QJsonValue::Null},
                                          {QStringLiteral("cursor"), double(cursor)},
                                          {QStringLiteral("acked_batch"), double(Outbox(d.store()).ackedBatch())},
                                          {QStringLiteral("max_bytes"), double(kPageBytes)}});
            if (r.status != 200) {
                qWarning("raw pull answered %d: %s", r.status, r.body.constData());
                return {};
            }
            all += r.body;
            const QJsonObject o = r.json();
            // max_bytes caps the changes' text (§8): a page ends with the record that passes it.
            qint64 size = 0, last = 0;
            for (const QJsonValue &c : o.value(u"changes").toArray()) {
                changes->push_back(c.toObject());
                last = QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact).size();
                size += last;
            }
            if (size - last >= kPageBytes) {
                qWarning("page %d holds %lld bytes of changes before its last, over max_bytes", page, size - last);
                return {};
            }
            if (pageCount)
                *pageCount = page + 1;
            cursor = qint64(o.value(u"cursor").toDouble());
            if (!o.value(u"more").toBool())
                return all;
        }
        return {};
    }

    QString stamp(TestDevice &d)
    {
        // In the future, so that the write would win if it were applied.
        return QStringLiteral("%1-%2-%3")
            .arg(QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000, 13, 10, QLatin1Char('0'))
            .arg(++stampCounter, 4, 16, QLatin1Char('0'))
            .arg(d.store().identity().node);
    }

    /// A change as `d` would push it: its own user and device in the meta fields unless given.
    QJsonObject change(TestDevice &d, const QString &entity, const QString &id, QJsonObject fields)
    {
        const DeviceIdentity &me = d.store().identity();
        if (!fields.contains(u"updated_by"))
            fields.insert(u"updated_by", me.userId);
        if (!fields.contains(u"updated_device"))
            fields.insert(u"updated_device", me.deviceId);
        fields.insert(u"updated_at", double(QDateTime::currentMSecsSinceEpoch()));
        return {{QStringLiteral("e"), entity}, {QStringLiteral("id"), id}, {QStringLiteral("s"), stamp(d)},
                {QStringLiteral("f"), fields}};
    }

    QJsonObject created(TestDevice &d, const QString &entity, QJsonObject fields)
    {
        const DeviceIdentity &me = d.store().identity();
        if (!fields.contains(u"created_by"))
            fields.insert(u"created_by", me.userId);
        fields.insert(u"created_at", double(QDateTime::currentMSecsSinceEpoch()));
        fields.insert(u"deleted", false);
        return change(d, entity, Ids::newId(), fields);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        orgA = admin({"create-org", "--name", "Stichting Al Amal", "--kind", "migrant_org", "--city", "Utrecht"});
        orgB = admin({"create-org", "--name", "Vice Versa", "--kind", "migrant_org", "--city", "Amsterdam"});
        p1 = admin({"create-org", "--name", "Jeugdzorg Utrecht", "--kind", "provider"});
        p2 = admin({"create-org", "--name", "CJG Amsterdam", "--kind", "provider"});
        for (const QString &id : {orgA, orgB, p1, p2})
            QVERIFY(Ids::isValid(id));
        amalUser = admin({"create-user", "--org", orgA, "--name", "Amal", "--role", "intermediary"});
        kwameUser = admin({"create-user", "--org", orgA, "--name", "Kwame", "--role", "intermediary"});
        bilalUser = admin({"create-user", "--org", orgB, "--name", "Kwabena", "--role", "intermediary"});
        coordBUser = admin({"create-user", "--org", orgB, "--name", "Ama", "--role", "coordinator"});
        sanneUser = admin({"create-user", "--org", p1, "--name", "Sanne", "--role", "caseworker"});
        pieterUser = admin({"create-user", "--org", p2, "--name", "Pieter", "--role", "caseworker"});
        serviceP1 = admin({"add-service", "--provider", p1, "--name", "Opvoedondersteuning"});
        serviceP2 = admin({"add-service", "--provider", p2, "--name", "Gezinscoach"});
        for (const QString &id : {amalUser, kwameUser, bilalUser, coordBUser, sanneUser, pieterUser, serviceP1, serviceP2})
            QVERIFY(Ids::isValid(id));
        QVERIFY(enrol(amal, "amal", amalUser));
        QVERIFY(enrol(kwame, "kwame", kwameUser));
        QVERIFY(enrol(bilal, "bilal", bilalUser));
        QVERIFY(enrol(coordB, "coordB", coordBUser));
        QVERIFY(enrol(sanne, "sanne", sanneUser));
        QVERIFY(enrol(pieter, "pieter", pieterUser));
    }

    void organisationsRecordTheirWork()
    {
        Records a = amal->records();
        fam1 = a.create(u"family", {{"code", "F-AB12C"},
                                    {"name", "Familie Benali ZQA"},
                                    {"phone", "06 ZQA ZQP 5678"},
                                    {"address", "Kanaalstraat 1 ZQA ZQP"},
                                    {"postcode", "3531 AB"},
                                    {"neighbourhood", "Lombok ZQA"},
                                    {"country_of_origin", "MA"},
                                    {"languages", QJsonArray{"ar", "ber"}},
                                    {"preferred_language", "ar"},
                                    {"children", QJsonArray{QJsonObject{{"birth_year", 2014}, {"gender", "f"}}}},
                                    {"intermediary_id", amalUser},
                                    {"active", true}});
        fam2 = a.create(u"family", {{"code", "F-CD34E"}, {"name", "Familie Twee ZQA ZQP"}, {"phone", "ZQA ZQP"}});
        fam3 = a.create(u"family", {{"code", "F-EF56G"}, {"name", "Familie Drie ZQA ZQP"}});
        visit1 = a.create(u"visit", {{"family_id", fam1},
                                     {"date", "2026-11-20"},
                                     {"duration_min", 60},
                                     {"risk_factors", QJsonArray{"rf09", "rf07"}},
                                     {"note", "visit note ZQA ZQP"}});
        meeting1 = a.create(u"meeting", {{"date", "2026-11-21"},
                                         {"place_kind", "mosque"},
                                         {"place_name", "ZQA ZQP place"},
                                         {"women", 14},
                                         {"questions", "what lives here ZQA ZQP"},
                                         {"provider_id", p1}});
        time1 = a.create(u"time_entry", {{"user_id", amalUser},
                                         {"date", "2026-11-20"},
                                         {"activity", "home_visit"},
                                         {"family_id", fam1},
                                         {"minutes", 90},
                                         {"expense_note", "bus ZQA ZQP"}});

        ConsentRepository consents(amal->store());
        Consent c1;
        c1.familyId = fam1;
        c1.providerId = p1;
        c1.shares = {"identity", "area"};
        c1.purpose = "referral";
        c1.purposeNote = "for the intake ZQA";
        c1.givenOn = QDate(2026, 11, 20);
        c1.method = "verbal_witness";
        c1.witness = "witness ZQA ZQP";
        con1 = consents.save(c1);
        // Masked field by field, whatever it holds: the note is never shared.
        QVERIFY(a.update(u"consent", con1, {{"withdrawn_note", "note ZQA ZQP"}}));
        // An older consent with this provider that shared more, withdrawn: it shares nothing.
        Consent c1w = c1;
        c1w.shares = {"contact", "background", "children"};
        c1w.givenOn = QDate(2026, 10, 1);
        c1w.witness = "old witness ZQA ZQP";
        con1w = consents.save(c1w);
        consents.withdraw(con1w, QDate(2026, 10, 15), "withdrawn ZQA ZQP");
        Consent c2 = c1;
        c2.familyId = fam2;
        c2.witness = "ZQA ZQP";
        con2 = consents.save(c2);
        Consent c3 = c1;
        c3.familyId = fam3;
        c3.providerId = p2; // consent for the other provider
        c3.witness = "ZQA ZQP";
        con3 = consents.save(c3);

        ReferralRepository referrals(amal->store());
        Referral r1;
        r1.familyId = fam1;
        r1.providerId = p1;
        r1.serviceId = serviceP1;
        r1.consentId = con1;
        r1.reasonFamily = "in the family's words ZQA";
        r1.reasonIntermediary = "the intermediary's view ZQA";
        r1.urgency = "soon";
        ref1 = referrals.saveDraft(r1);
        referrals.send(ref1);
        Referral r2 = r1;
        r2.familyId = fam2;
        r2.consentId = con2;
        r2.reasonFamily = "draft ZQA ZQP";
        r2.reasonIntermediary = "draft ZQA ZQP";
        ref2 = referrals.saveDraft(r2); // never sent
        Referral r3 = r1;
        r3.familyId = fam3;
        r3.consentId = con3;
        r3.reasonFamily = "wrong consent ZQA ZQP";
        r3.reasonIntermediary = "wrong consent ZQA ZQP";
        ref3 = referrals.saveDraft(r3);
        // The app would refuse to send it (the consent is for P2); a device may still push it.
        QVERIFY_THROWS_EXCEPTION(StoreError, referrals.send(ref3));
        QVERIFY(a.update(u"referral", ref3, {{"state", "sent"}, {"sent_at", double(QDateTime::currentMSecsSinceEpoch())}}));

        MessageRepository messages(amal->store());
        msgA1 = messages.post(ref1, "first message ZQA");
        msgA2 = messages.post(ref2, "on the draft ZQA ZQP");
        msgA3 = messages.post(ref3, "on the wrong consent ZQA ZQP");

        // Org B, with its own provider P2.
        Records b = bilal->records();
        famB = b.create(u"family", {{"code", "F-GH78J"},
                                    {"name", "Familie Mensah ZQB"},
                                    {"phone", "ZQB ZQS phone"},
                                    {"country_of_origin", "GH"},
                                    {"intermediary_id", bilalUser}});
        visitB = b.create(u"visit", {{"family_id", famB}, {"date", "2026-11-22"}, {"note", "ZQB ZQS visit"}});
        Consent cb;
        cb.familyId = famB;
        cb.providerId = p2;
        cb.shares = {"identity"};
        cb.purpose = "referral";
        cb.givenOn = QDate(2026, 11, 22);
        cb.method = "signed";
        cb.witness = "ZQB ZQS witness";
        conB = ConsentRepository(bilal->store()).save(cb);
        Referral rb;
        rb.familyId = famB;
        rb.providerId = p2;
        rb.serviceId = serviceP2;
        rb.consentId = conB;
        rb.reasonFamily = "ZQB reason";
        refB = ReferralRepository(bilal->store()).saveDraft(rb);
        ReferralRepository(bilal->store()).send(refB);
        msgB = MessageRepository(bilal->store()).post(refB, "ZQB message");

        for (TestDevice *d : {amal.get(), bilal.get()}) {
            QVERIFY(d->sync());
            QCOMPARE(d->client().pendingChanges(), 0);
            QCOMPARE(Outbox(d->store()).rejectedChanges().size(), size_t(0));
        }
    }

    void providersAnswer()
    {
        QVERIFY(sanne->sync());
        QVERIFY(pieter->sync());
        QVERIFY(sanne->records().get(u"referral", ref1).has_value());
        ReferralRepository(sanne->store()).updateStatus(ref1, "more_info", {{"question", "Which school? ZQA"}});
        msgS1 = MessageRepository(sanne->store()).post(ref1, "caseworker reply ZQA");
        msgS1status = messageIdOnDevice(*sanne, ref1, "status", sanneUser);
        QVERIFY(!msgS1status.isEmpty());
        QVERIFY(pieter->records().get(u"referral", refB).has_value());
        ReferralRepository(pieter->store()).updateStatus(refB, "received", {});
        msgP2 = MessageRepository(pieter->store()).post(refB, "ZQB reply of P2");
        msgP2status = messageIdOnDevice(*pieter, refB, "status", pieterUser);
        QVERIFY(!msgP2status.isEmpty());
        for (TestDevice *d : {sanne.get(), pieter.get(), amal.get(), bilal.get(), coordB.get(), sanne.get(), pieter.get()}) {
            QVERIFY(d->sync());
            QCOMPARE(d->client().pendingChanges(), 0);
            QCOMPARE(Outbox(d->store()).rejectedChanges().size(), size_t(0));
        }
        QCOMPARE(ReferralRepository(amal->store()).get(ref1)->status, QStringLiteral("more_info"));
        QCOMPARE(ReferralRepository(bilal->store()).get(refB)->status, QStringLiteral("received"));
    }

    void conflictsFollowTheirRecord()
    {
        // Two of A's intermediaries write the same field of the family (a field P1 does not see)
        // and of the referral (which P1 sees whole): the losing values are kept in conflict
        // records, which go where their record goes.
        QVERIFY(kwame->sync());
        QVERIFY(kwame->records().get(u"family", fam1).has_value());
        QVERIFY(amal->records().update(u"family", fam1, {{"phone", "amal's phone ZQA ZQP"}}));
        QVERIFY(amal->records().update(u"referral", ref1, {{"reason_intermediary", "amal's view ZQA"}}));
        QVERIFY(kwame->records().update(u"family", fam1, {{"phone", "kwame's phone ZQA ZQP"}}));
        QVERIFY(kwame->records().update(u"referral", ref1, {{"reason_intermediary", "kwame's view ZQA"}}));
        for (TestDevice *d : {kwame.get(), amal.get(), kwame.get(), sanne.get(), pieter.get(), bilal.get(), coordB.get()}) {
            QVERIFY(d->sync());
            QCOMPARE(Outbox(d->store()).rejectedChanges().size(), size_t(0));
        }
        const auto onFamily = amal->records().query(u"conflict", QStringLiteral("record_id = ?"), {fam1});
        const auto onReferral = amal->records().query(u"conflict", QStringLiteral("record_id = ?"), {ref1});
        QCOMPARE(onFamily.size(), size_t(1));
        QCOMPARE(onReferral.size(), size_t(1));
        conflictFamily = onFamily[0].id;
        conflictReferral = onReferral[0].id;
        // Whichever write won (the later stamp), the other one is kept.
        QCOMPARE(sorted({onFamily[0].value(u"winner_value").toString(), onFamily[0].value(u"loser_value").toString()}),
                 sorted({"amal's phone ZQA ZQP", "kwame's phone ZQA ZQP"}));
        QVERIFY(kwame->records().get(u"conflict", conflictFamily).has_value());
        const auto seen = sanne->records().get(u"conflict", conflictReferral);
        QVERIFY2(seen.has_value(), "the referral's conflict reaches the provider that receives it");
        QCOMPARE(sorted({seen->value(u"winner_value").toString(), seen->value(u"loser_value").toString()}),
                 sorted({"amal's view ZQA", "kwame's view ZQA"}));
        QCOMPARE(sanne->records().get(u"referral", ref1)->value(u"reason_intermediary"), seen->value(u"winner_value"));
        QVERIFY(sanne->records().get(u"family", fam1)->value(u"phone").isNull());
    }

    void everyDeviceHoldsThePublicDirectory()
    {
        QStringList serverPublic;
        for (const QJsonValue &v : dumpStore(*server).value(u"records").toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(u"audience").toString() == u"public")
                serverPublic << r.value(u"entity").toString() + u'/' + r.value(u"id").toString();
        }
        QCOMPARE(serverPublic.size(), 4 + 6 + 2); // organisations, users, services
        for (TestDevice *d : devices)
            QCOMPARE(sorted(publicRecords(*d)), sorted(serverPublic));
    }

    void eachOrganisationHoldsOnlyItsOwn()
    {
        const QStringList a = {"family/" + fam1,      "family/" + fam2,     "family/" + fam3,     "consent/" + con1,
                               "consent/" + con1w,    "consent/" + con2,    "consent/" + con3,    "referral/" + ref1,
                               "referral/" + ref2,    "referral/" + ref3,   "visit/" + visit1,    "meeting/" + meeting1,
                               "time_entry/" + time1, "message/" + msgA1,   "message/" + msgA2,   "message/" + msgA3,
                               "message/" + msgS1,    "message/" + msgS1status, "conflict/" + conflictFamily,
                               "conflict/" + conflictReferral};
        const QStringList b = {"family/" + famB,   "consent/" + conB,  "referral/" + refB,        "visit/" + visitB,
                               "message/" + msgB,  "message/" + msgP2, "message/" + msgP2status};
        QCOMPARE(sorted(privateRecords(*amal)), sorted(a));
        QCOMPARE(sorted(privateRecords(*kwame)), sorted(a));
        QCOMPARE(sorted(privateRecords(*bilal)), sorted(b));
        QCOMPARE(sorted(privateRecords(*coordB)), sorted(b));
    }

    void theOtherProviderHoldsNoneOfIt()
    {
        const QStringList p2Sees = {"family/" + famB, "consent/" + conB, "referral/" + refB, "message/" + msgB,
                                    "message/" + msgP2, "message/" + msgP2status};
        QCOMPARE(sorted(privateRecords(*pieter)), sorted(p2Sees));
        const auto family = pieter->records().get(u"family", famB);
        QCOMPARE(family->value(u"name").toString(), QStringLiteral("Familie Mensah ZQB"));
        QVERIFY(family->value(u"phone").isNull());
        QVERIFY(family->value(u"country_of_origin").isNull());
        QVERIFY(pieter->records().get(u"consent", conB)->value(u"witness").isNull());
    }

    void theReceivingProviderHoldsExactlyTheSentConsentedReferral()
    {
        const QStringList p1Sees = {"family/" + fam1,    "consent/" + con1, "referral/" + ref1,
                                    "message/" + msgA1,  "message/" + msgS1, "message/" + msgS1status,
                                    "conflict/" + conflictReferral};
        QCOMPARE(sorted(privateRecords(*sanne)), sorted(p1Sees));

        const auto ref = sanne->records().get(u"referral", ref1);
        QCOMPARE(ref->value(u"reason_family").toString(), QStringLiteral("in the family's words ZQA"));
        QCOMPARE(ref->value(u"consent_id").toString(), con1);

        const auto consent = sanne->records().get(u"consent", con1);
        QCOMPARE(consent->value(u"purpose_note").toString(), QStringLiteral("for the intake ZQA"));
        QCOMPARE(consent->value(u"shares").toArray(), (QJsonArray{"identity", "area"}));
        QVERIFY2(consent->value(u"witness").isNull(), "the witness is never shared");
        QVERIFY2(consent->value(u"withdrawn_note").isNull(), "the withdrawal note is never shared");

        // identity and area: name, postcode, neighbourhood; with code and intermediary always.
        const auto family = sanne->records().get(u"family", fam1);
        QCOMPARE(family->value(u"code").toString(), QStringLiteral("F-AB12C"));
        QCOMPARE(family->value(u"intermediary_id").toString(), amalUser);
        QCOMPARE(family->value(u"name").toString(), QStringLiteral("Familie Benali ZQA"));
        QCOMPARE(family->value(u"postcode").toString(), QStringLiteral("3531 AB"));
        QCOMPARE(family->value(u"neighbourhood").toString(), QStringLiteral("Lombok ZQA"));
        for (const char *hidden : {"phone", "address", "country_of_origin", "languages", "preferred_language",
                                   "children", "active"})
            QVERIFY2(family->value(QString::fromLatin1(hidden)).isNull(), hidden);
    }

    void rawPullsHoldNoForeignIdsNorTexts()
    {
        const QStringList aPrivate = {fam1, fam2, fam3, con1, con1w, con2, con3, ref1, ref2, ref3, visit1,
                                      meeting1, time1, msgA1, msgA2, msgA3, msgS1, msgS1status, conflictFamily,
                                      conflictReferral};
        const QStringList bPrivate = {famB, conB, refB, visitB, msgB, msgP2, msgP2status};
        const QStringList p1Foreign = QStringList{fam2, fam3, con1w, con2, con3, ref2, ref3, visit1, meeting1,
                                                  time1, msgA2, msgA3, conflictFamily} + bPrivate;
        const QStringList p2Foreign = aPrivate + QStringList{visitB};
        struct Case
        {
            TestDevice *device;
            QStringList foreignIds;
            QList<QByteArray> foreignTexts;
        };
        const QList<std::pair<QString, Case>> cases = {
            {"amal", {amal.get(), bPrivate, {kB}}},
            {"kwame", {kwame.get(), bPrivate, {kB}}},
            {"bilal", {bilal.get(), aPrivate, {kA}}},
            {"coordB", {coordB.get(), aPrivate, {kA}}},
            {"sanne", {sanne.get(), p1Foreign, {kNotP1, kB}}},
            {"pieter", {pieter.get(), p2Foreign, {kNotP2, kA}}},
        };
        for (const auto &[name, c] : cases) {
            std::vector<QJsonObject> changes;
            const QByteArray raw = rawPullAll(*c.device, &changes);
            QVERIFY2(!raw.isEmpty(), qPrintable(name));
            QVERIFY2(!changes.empty(), qPrintable(name));
            for (const QString &id : c.foreignIds)
                QVERIFY2(!raw.contains(id.toLatin1()), qPrintable(name + u' ' + id));
            for (const QByteArray &text : c.foreignTexts)
                QVERIFY2(!raw.contains(text), qPrintable(name + u' ' + QString::fromLatin1(text)));
        }

        // The receiving provider: the family only with the fields of the shared categories, the
        // consent without witness and note, and nothing it did not get on the device.
        std::vector<QJsonObject> changes;
        QVERIFY(!rawPullAll(*sanne, &changes).isEmpty());
        QSet<QString> familyFields, consentFields;
        QSet<QString> privateIds;
        for (const QJsonObject &c : changes) {
            const QString e = c.value(u"e").toString();
            QVERIFY2(!c.contains(u"drop"), "nothing was taken back");
            if (!isPublic(e))
                privateIds.insert(e + u'/' + c.value(u"id").toString());
            const QStringList keys = c.value(u"f").toObject().keys();
            if (e == u"family")
                familyFields.unite(QSet<QString>(keys.begin(), keys.end()));
            if (e == u"consent")
                consentFields.unite(QSet<QString>(keys.begin(), keys.end()));
        }
        const QStringList meta = {"created_at", "created_by", "updated_at", "updated_by", "updated_device", "deleted"};
        for (const QString &m : meta) {
            familyFields.remove(m);
            consentFields.remove(m);
        }
        QCOMPARE(sorted(familyFields.values()),
                 sorted({"code", "name", "postcode", "neighbourhood", "intermediary_id"}));
        QVERIFY(!consentFields.contains(QStringLiteral("witness")));
        QVERIFY(!consentFields.contains(QStringLiteral("withdrawn_note")));
        QVERIFY(consentFields.contains(QStringLiteral("shares")));
        // Everything it holds but its own messages, and nothing else. The referral was granted by
        // the push that made it, so it comes as a changed record, not as a grant (which would
        // send the thread whole, own messages too: a device that dropped the referral with a
        // revoke holds none of it); a changed record leaves out what the device wrote itself.
        QCOMPARE(sorted(privateIds.values()),
                 sorted({"family/" + fam1, "consent/" + con1, "referral/" + ref1, "message/" + msgA1,
                         "conflict/" + conflictReferral}));
    }

    void foreignWritesAreRefusedPerChange_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        TestDevice &a = *amal, &b = *bilal, &cb = *coordB, &s = *sanne, &p = *pieter;
        const QJsonValue hostile(kHostile);
        auto row = [](const char *name, const char *device, const QJsonObject &change, const char *code,
                      const char *field = "") {
            QTest::newRow(name) << QString::fromLatin1(device) << change << QString::fromLatin1(code)
                                << QString::fromLatin1(field);
        };
        const QString later = QStringLiteral("2026-12-01");

        // Another organisation's records.
        row("B writes A's family", "bilal", change(b, "family", fam1, {{"name", hostile}}), "not_visible");
        row("B writes A's consent", "bilal", change(b, "consent", con1, {{"shares", QJsonArray{"contact"}}}), "not_visible");
        row("B withdraws A's consent", "bilal", change(b, "consent", con1, {{"withdrawn_on", later}}), "not_visible");
        row("B writes A's visit", "bilal", change(b, "visit", visit1, {{"note", hostile}}), "not_visible");
        row("B writes A's meeting", "bilal", change(b, "meeting", meeting1, {{"women", 0}}), "not_visible");
        row("B writes A's hours", "bilal", change(b, "time_entry", time1, {{"minutes", 600}}), "not_visible");
        row("B writes A's referral", "bilal", change(b, "referral", ref1, {{"reason_family", hostile}}), "not_visible");
        row("B redirects A's draft", "bilal", change(b, "referral", ref2, {{"state", "sent"}}), "not_visible");
        row("B deletes A's family", "bilal", change(b, "family", fam2, {{"deleted", true}}), "not_visible");
        row("B's coordinator writes A's organisation", "coordB",
            change(cb, "organisation", orgA, {{"description", hostile}}), "not_visible");
        row("B's coordinator changes its kind", "coordB", change(cb, "organisation", orgB, {{"kind", "provider"}}),
            "field_not_owned", "kind");

        // The other provider.
        row("P2 writes A's referral status", "pieter",
            change(p, "referral", ref1, {{"status", "closed"}, {"status_by", pieterUser}, {"status_at", 1764489600000.0}}),
            "not_visible");
        row("P2 writes A's referral on its consent", "pieter",
            change(p, "referral", ref3, {{"status", "received"}}), "not_visible");
        row("P2 writes P1's service", "pieter", change(p, "service", serviceP1, {{"name", hostile}}), "not_visible");
        row("P1 makes a service for P2", "sanne",
            created(s, "service", {{"provider_id", p2}, {"name", hostile}}), "not_visible");
        row("P1 moves its service to P2", "sanne", change(s, "service", serviceP1, {{"provider_id", p2}}), "not_visible");

        // The receiving provider, beyond what it receives or writes.
        row("P1 writes the status of a draft", "sanne", change(s, "referral", ref2, {{"status", "received"}}), "not_visible");
        row("P1 writes the status of a referral on P2's consent", "sanne",
            change(s, "referral", ref3, {{"status", "received"}}), "not_visible");
        row("P1 writes referral content", "sanne", change(s, "referral", ref1, {{"reason_family", hostile}}),
            "field_not_owned", "reason_family");
        row("P1 moves the referral", "sanne", change(s, "referral", ref1, {{"consent_id", con2}}), "field_not_owned",
            "consent_id");
        // The provider writes its fields of the referral (and who changed it last), not the
        // referring side's: nor its tombstone, nor who made it.
        row("P1 deletes A's referral", "sanne", change(s, "referral", ref1, {{"deleted", true}}), "field_not_owned",
            "deleted");
        row("P1 claims A's referral", "sanne",
            change(s, "referral", ref1, {{"created_by", sanneUser}, {"created_at", 1764489600000.0}}),
            "field_not_owned", "created_at");
        row("P1 writes a family field", "sanne", change(s, "family", fam1, {{"phone", hostile}}), "entity_not_writable");
        row("P1 writes a visit", "sanne", change(s, "visit", visit1, {{"note", hostile}}), "entity_not_writable");
        row("P1 makes a visit", "sanne", created(s, "visit", {{"family_id", fam1}, {"note", hostile}}),
            "entity_not_writable");
        row("P1 widens the consent", "sanne",
            change(s, "consent", con1, {{"shares", QJsonArray{"identity", "area", "contact"}}}), "entity_not_writable");
        row("P1 writes A's meeting", "sanne", change(s, "meeting", meeting1, {{"women", 1}}), "entity_not_writable");
        row("P1 makes a conflict", "sanne", created(s, "conflict", {{"resolved_at", 1764489600000.0}}),
            "entity_not_writable");

        // Roles: directory and users.
        row("migrant device writes a service", "amal", change(a, "service", serviceP1, {{"name", hostile}}),
            "entity_not_writable");
        row("migrant device makes a service", "amal", created(a, "service", {{"provider_id", p1}, {"name", hostile}}),
            "entity_not_writable");
        row("intermediary writes its organisation", "amal", change(a, "organisation", orgA, {{"phone", hostile}}),
            "entity_not_writable");
        row("A writes the provider's status", "amal", change(a, "referral", ref1, {{"status", "closed"}}),
            "field_not_owned", "status");
        row("intermediary writes a user", "amal", change(a, "user", amalUser, {{"display_name", hostile}}),
            "entity_not_writable");
        row("coordinator writes a user", "coordB", change(cb, "user", bilalUser, {{"active", false}}),
            "entity_not_writable");
        row("caseworker writes a user", "sanne", change(s, "user", sanneUser, {{"role", "manager"}}),
            "entity_not_writable");
        row("caseworker makes a user", "sanne", created(s, "user", {{"org_id", p1}, {"display_name", hostile}}),
            "entity_not_writable");

        // Messages: only on a referral the device sees, and never changed.
        const auto message = [&](TestDevice &d, const QString &referral) {
            return created(d, "message", {{"referral_id", referral}, {"kind", "text"}, {"body", hostile}});
        };
        row("P2 posts on A's referral", "pieter", message(p, ref1), "not_visible");
        row("B posts on A's referral", "bilal", message(b, ref1), "not_visible");
        row("P1 posts on a draft", "sanne", message(s, ref2), "not_visible");
        row("P1 posts on a referral on P2's consent", "sanne", message(s, ref3), "not_visible");
        row("P1 posts on B's referral", "sanne", message(s, refB), "not_visible");
        row("P1 posts on no referral", "sanne", message(s, Ids::newId()), "not_visible", "referral_id");
        row("P1 changes A's message", "sanne", change(s, "message", msgA1, {{"body", hostile}}), "immutable", "body");
        row("A changes its own message", "amal", change(a, "message", msgA1, {{"body", hostile}}), "immutable", "body");
        row("A changes the caseworker's message", "amal", change(a, "message", msgS1, {{"deleted", true}}), "immutable",
            "deleted");
        row("P2 changes a message it cannot see", "pieter", change(p, "message", msgA1, {{"body", hostile}}),
            "not_visible");
        row("B changes a message it cannot see", "bilal", change(b, "message", msgS1, {{"body", hostile}}),
            "not_visible");

        // Authors: only this device's user and this device.
        row("A writes as another user", "amal", change(a, "visit", visit1, {{"note", hostile}, {"updated_by", sanneUser}}),
            "author_mismatch", "updated_by");
        row("A creates as another user", "amal",
            created(a, "visit", {{"family_id", fam1}, {"note", hostile}, {"created_by", bilalUser}}), "author_mismatch",
            "created_by");
        row("A writes from another device", "amal",
            change(a, "visit", visit1, {{"note", hostile}, {"updated_device", b.store().identity().deviceId}}),
            "author_mismatch", "updated_device");
        row("P1 writes the status as A", "sanne", change(s, "referral", ref1, {{"status", "closed"}, {"updated_by", amalUser}}),
            "author_mismatch", "updated_by");
    }

    void foreignWritesAreRefusedPerChange()
    {
        QFETCH(QString, device);
        QFETCH(QJsonObject, change);
        QFETCH(QString, code);
        QFETCH(QString, field);
        TestDevice &d = *devices.value(device);
        static QJsonObject before = dumpStore(*server);
        QVERIFY(!before.value(u"records").toArray().isEmpty());

        if (!nextSeq.contains(device))
            nextSeq.insert(device, Outbox(d.store()).ackedBatch() + 1);
        const qint64 seq = nextSeq.value(device);
        const HttpReply r = postJson(server->port(), "/v1/sync", d.store().state(QStringLiteral("token")).toLatin1(),
                                     {{QStringLiteral("protocol"), 1},
                                      {QStringLiteral("store_id"), QJsonValue::Null},
                                      {QStringLiteral("cursor"), 0},
                                      {QStringLiteral("acked_batch"), double(seq - 1)},
                                      {QStringLiteral("batch"), QJsonObject{{QStringLiteral("seq"), double(seq)},
                                                                            {QStringLiteral("changes"), QJsonArray{change}}}},
                                      {QStringLiteral("outbox_remaining"), 0},
                                      {QStringLiteral("pull"), false}});
        QCOMPARE(r.status, 200);
        nextSeq[device] = seq + 1;
        const QJsonObject ack = r.json().value(u"ack").toObject();
        QCOMPARE(ack.value(u"batch").toInteger(), seq);
        QCOMPARE(ack.value(u"replay").toBool(true), false);
        QCOMPARE(ack.value(u"applied").toInt(-1), 0);
        const QJsonArray rejected = ack.value(u"rejected").toArray();
        QCOMPARE(rejected.size(), 1);
        const QJsonObject rej = rejected.at(0).toObject();
        QCOMPARE(rej.value(u"i").toInt(-1), 0);
        QCOMPARE(rej.value(u"code").toString(), code);
        if (!field.isEmpty())
            QCOMPARE(rej.value(u"field").toString(), field);
        QVERIFY(!rej.value(u"message").toString().isEmpty());
        QVERIFY2(!r.body.contains(kHostile.toLatin1()), r.body.constData());
        QVERIFY2(r.json().value(u"action").isNull(), r.body.constData());

        QCOMPARE(dumpStore(*server), before);
    }

    void refusedWritesDoNotBlockTheRest()
    {
        // One batch with a refused and an accepted change: the accepted one is applied alone.
        TestDevice &a = *amal;
        const qint64 seq = nextSeq.value(QStringLiteral("amal"), Outbox(a.store()).ackedBatch() + 1);
        const QJsonObject ok = change(a, "visit", visit1, {{"duration_min", 75}});
        const QJsonObject refused = change(a, "referral", ref1, {{"status", "closed"}});
        const HttpReply r = postJson(server->port(), "/v1/sync", a.store().state(QStringLiteral("token")).toLatin1(),
                                     {{QStringLiteral("protocol"), 1},
                                      {QStringLiteral("store_id"), QJsonValue::Null},
                                      {QStringLiteral("cursor"), 0},
                                      {QStringLiteral("acked_batch"), double(seq - 1)},
                                      {QStringLiteral("batch"), QJsonObject{{QStringLiteral("seq"), double(seq)},
                                                                            {QStringLiteral("changes"), QJsonArray{refused, ok}}}},
                                      {QStringLiteral("pull"), false}});
        QCOMPARE(r.status, 200);
        nextSeq[QStringLiteral("amal")] = seq + 1;
        const QJsonObject ack = r.json().value(u"ack").toObject();
        QCOMPARE(ack.value(u"applied").toInt(), 1);
        QCOMPARE(ack.value(u"rejected").toArray().size(), 1);
        QCOMPARE(ack.value(u"rejected").toArray().at(0).toObject().value(u"i").toInt(-1), 0);
        for (const QJsonValue &v : dumpStore(*server).value(u"records").toArray()) {
            const QJsonObject rec = v.toObject();
            const QJsonObject fields = rec.value(u"fields").toObject();
            if (rec.value(u"id").toString() == visit1)
                QCOMPARE(fields.value(u"duration_min").toObject().value(u"v").toInt(), 75);
            if (rec.value(u"id").toString() == ref1)
                QCOMPARE(fields.value(u"status").toObject().value(u"v").toString(), QStringLiteral("more_info"));
        }
    }

    void anotherOrganisationCannotWidenWhatAProviderSees()
    {
        // Org B writes records of its own that name org A's families: a consent sharing every
        // category and referrals sent on it, to A's provider. They change nothing of what P1
        // sees of A's families: a family is shared only through its own organisation's consents
        // and referrals. (Several referrals, so that any order the server takes them in is tried.)
        const qint64 seq = nextSeq.value(QStringLiteral("bilal"), Outbox(bilal->store()).ackedBatch() + 1);
        nextSeq[QStringLiteral("bilal")] = seq + 1;
        const auto forged = [&](const QString &family) {
            QJsonArray batch;
            QJsonObject consent = created(*bilal, "consent", {{"family_id", family},
                                                              {"provider_id", p1},
                                                              {"shares", QJsonArray{"identity", "contact", "area",
                                                                                    "background", "children"}},
                                                              {"purpose", "referral"},
                                                              {"given_on", "2026-11-23"},
                                                              {"method", "signed"}});
            batch.append(consent);
            for (int i = 0; i < 6; ++i)
                batch.append(created(*bilal, "referral", {{"family_id", family},
                                                          {"provider_id", p1},
                                                          {"consent_id", consent.value(u"id")},
                                                          {"state", "sent"},
                                                          {"reason_family", "ZQB forged"}}));
            return batch;
        };
        QJsonArray changes = forged(fam1);
        for (const QJsonValue &v : forged(fam2))
            changes.append(v);
        const QByteArray token = bilal->store().state(QStringLiteral("token")).toLatin1();
        const HttpReply r = postJson(server->port(), "/v1/sync", token,
                                     {{QStringLiteral("protocol"), 1},
                                      {QStringLiteral("store_id"), QJsonValue::Null},
                                      {QStringLiteral("cursor"), 0},
                                      {QStringLiteral("acked_batch"), double(seq - 1)},
                                      {QStringLiteral("batch"), QJsonObject{{QStringLiteral("seq"), double(seq)},
                                                                            {QStringLiteral("changes"), changes}}},
                                      {QStringLiteral("pull"), false}});
        QCOMPARE(r.status, 200);

        // Whatever the server made of B's records, P1 still sees A's family exactly as A's
        // consent shares it, and never the family that A referred to no one.
        QVERIFY(sanne->sync());
        const auto family = sanne->records().get(u"family", fam1);
        QVERIFY2(family.has_value(), "A's family was taken from the provider that A referred it to");
        QCOMPARE(family->value(u"name").toString(), QStringLiteral("Familie Benali ZQA"));
        for (const char *hidden : {"phone", "address", "country_of_origin", "languages", "preferred_language",
                                   "children", "active"})
            QVERIFY2(family->value(QString::fromLatin1(hidden)).isNull(), hidden);
        QVERIFY(!sanne->records().get(u"family", fam2).has_value());
        QVERIFY(sanne->records().get(u"referral", ref1).has_value());
        QVERIFY(sanne->records().get(u"consent", con1).has_value());
        // And B's own devices still see nothing of A.
        std::vector<QJsonObject> pulled;
        const QByteArray raw = rawPullAll(*coordB, &pulled);
        QVERIFY(!raw.isEmpty());
        QVERIFY(!raw.contains(kA));
    }

    void pullPagesEndWithTheRecordThatPassesMaxBytes()
    {
        // Enough visits to fill several pages of a colleague's pull; rawPullAll checks each page
        // against max_bytes.
        Records records = amal->records();
        for (int i = 0; i < 120; ++i)
            records.create(u"visit", {{"family_id", fam1},
                                      {"date", "2026-11-20"},
                                      {"duration_min", 30 + i},
                                      {"note", QStringLiteral("Bezoek %1: %2").arg(i).arg(QString(200, u'x'))}});
        QVERIFY(amal->sync());
        std::vector<QJsonObject> changes;
        int pages = 0;
        QVERIFY(!rawPullAll(*kwame, &changes, &pages).isEmpty());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    }
};

QTEST_GUILESS_MAIN(TestE2eIsolation)
#include "tst_e2e_isolation.moc"
