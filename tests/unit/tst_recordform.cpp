// RecordForm, the one form behind every edit page: defaults, the form's rules and per-field
// errors in plain words, saving only what changed, drafts that outlive the page, and the
// referral's provider fields that an intermediary's form shows but never writes.
#include "uitestfixture.h"

#include "recordform.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace brug;
using namespace brug::uitest;

namespace {

qint64 drafts(Store &s)
{
    return test::scalar(s, QStringLiteral("SELECT count(*) FROM draft"));
}

QStringList sortedKeys(const QVariantMap &m)
{
    QStringList k = m.keys();
    k.sort();
    return k;
}

/// The fields a change carried, without the meta fields every write has.
QStringList changedFields(const test::OutboxRow &row)
{
    QStringList k;
    for (const QString &f : row.fields.keys())
        if (!Schema::isMetaField(f))
            k << f;
    k.sort();
    return k;
}

} // namespace

class TestRecordForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void startNewDefaults();
    void requiredFieldsAndFieldErrors();
    void numbersFollowTheLocale();
    void saveWritesOnlyChangedFields();
    void draftSurvivesTheForm();
    void draftOfAnExistingRecord();
    void discardKeepsWhatTheFormIsAbout();
    void referralProviderFieldsNotWrittenByIntermediary();
};

void TestRecordForm::startNewDefaults()
{
    Fixture fx(intermediary());
    const QString family = addFamily(fx.store(), QStringLiteral("F-FRM01"), QStringLiteral("Benali"));
    const QString today = iso(QDate::currentDate());

    RecordForm visit;
    QSignalSpy entityChanged(&visit, &RecordForm::entityChanged);
    QSignalSpy valuesChanged(&visit, &RecordForm::valuesChanged);
    visit.setEntity(QStringLiteral("visit"));
    QCOMPARE(entityChanged.count(), 1);
    visit.startNew({{QStringLiteral("family_id"), family}});
    QVERIFY(valuesChanged.count() >= 1);
    QVERIFY(visit.isNew());
    QVERIFY(!visit.dirty());
    QVERIFY(!visit.draftRestored());
    QVERIFY(visit.errors().isEmpty());
    QCOMPARE(visit.values().value(QStringLiteral("date")).toString(), today);
    QCOMPARE(visit.values().value(QStringLiteral("duration_min")).toInt(), 60);
    QCOMPARE(visit.values().value(QStringLiteral("intermediary_id")).toString(), kMe);
    QCOMPARE(visit.values().value(QStringLiteral("interpreter")).toString(), QStringLiteral("none"));
    QCOMPARE(visit.values().value(QStringLiteral("family_id")).toString(), family);

    // A preset wins over a default.
    visit.startNew({{QStringLiteral("family_id"), family}, {QStringLiteral("duration_min"), 30}});
    QCOMPARE(visit.values().value(QStringLiteral("duration_min")).toInt(), 30);

    RecordForm fam;
    fam.setEntity(QStringLiteral("family"));
    fam.startNew();
    static const QRegularExpression code(QStringLiteral("^F-[A-HJ-NP-Z2-9]{5}$"));
    QVERIFY2(code.match(fam.values().value(QStringLiteral("code")).toString()).hasMatch(),
             qPrintable(fam.values().value(QStringLiteral("code")).toString()));
    QCOMPARE(fam.values().value(QStringLiteral("intermediary_id")).toString(), kMe);
    QCOMPARE(fam.values().value(QStringLiteral("active")).toBool(), true);

    RecordForm hours;
    hours.setEntity(QStringLiteral("time_entry"));
    hours.startNew();
    QCOMPARE(hours.values().value(QStringLiteral("user_id")).toString(), kMe);
    QCOMPARE(hours.values().value(QStringLiteral("date")).toString(), today);
    QCOMPARE(hours.values().value(QStringLiteral("activity")).toString(), QStringLiteral("home_visit"));
    QCOMPARE(hours.values().value(QStringLiteral("minutes")).toInt(), 60);

    RecordForm consent;
    consent.setEntity(QStringLiteral("consent"));
    consent.startNew({{QStringLiteral("family_id"), family}});
    QCOMPARE(consent.values().value(QStringLiteral("given_on")).toString(), today);
    QCOMPARE(consent.values().value(QStringLiteral("purpose")).toString(), QStringLiteral("referral"));
    QCOMPARE(consent.values().value(QStringLiteral("shares")).toStringList(), QStringList{"identity"});
    QVERIFY(consent.has(QStringLiteral("shares"), QStringLiteral("identity")));

    RecordForm referral;
    referral.setEntity(QStringLiteral("referral"));
    referral.startNew({{QStringLiteral("family_id"), family}});
    QCOMPARE(referral.values().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(referral.values().value(QStringLiteral("urgency")).toString(), QStringLiteral("normal"));
    QCOMPARE(referral.values().value(QStringLiteral("intermediary_joins")).toBool(), false);

    RecordForm meeting;
    meeting.setEntity(QStringLiteral("meeting"));
    meeting.startNew();
    QCOMPARE(meeting.values().value(QStringLiteral("contact_woman_id")).toString(), kMe);
    QCOMPARE(meeting.values().value(QStringLiteral("women")).toInt(), 0);
    QCOMPARE(meeting.values().value(QStringLiteral("provider_requested")).toBool(), false);

    // Nothing typed yet: nothing kept as a draft, nothing written.
    QCOMPARE(drafts(fx.store()), 0);
    QCOMPARE(fx.outbox(QStringLiteral("visit")).size(), size_t(0));
}

void TestRecordForm::requiredFieldsAndFieldErrors()
{
    Fixture fx(intermediary());
    const QString family = addFamily(fx.store(), QStringLiteral("F-FRM02"), QStringLiteral("Mensah"));

    RecordForm form;
    form.setEntity(QStringLiteral("visit"));
    form.startNew();
    QSignalSpy errorsChanged(&form, &RecordForm::errorsChanged);
    QSignalSpy saved(&form, &RecordForm::saved);
    form.setValue(QStringLiteral("date"), QStringLiteral("  "));
    form.setValue(QStringLiteral("duration_min"), QString());
    QVERIFY(!form.save());
    const QString fillIn = QStringLiteral("Please fill this in.");
    QCOMPARE(form.errors(), (QVariantMap{{"family_id", fillIn}, {"date", fillIn}, {"duration_min", fillIn}}));
    QCOMPARE(form.error(), QStringLiteral("Some fields need your attention."));
    QVERIFY(errorsChanged.count() >= 1);

    // Typing in a field clears its error at once, the others stay.
    form.setValue(QStringLiteral("family_id"), family);
    QVERIFY(!form.errors().contains(QStringLiteral("family_id")));
    QVERIFY(form.errors().contains(QStringLiteral("date")));

    form.setValue(QStringLiteral("date"), QStringLiteral("2025-02-30"));
    form.setValue(QStringLiteral("duration_min"), QStringLiteral("an hour"));
    form.setValue(QStringLiteral("note"), QString(20001, u'a'));
    form.setValue(QStringLiteral("interpreter"), QStringLiteral("martian"));
    form.setValue(QStringLiteral("follow_up_on"), QStringLiteral("31-12-2025"));
    QVERIFY(!form.save());
    QCOMPARE(form.errors(),
             (QVariantMap{{"date", "This date does not exist."},
                          {"duration_min", "Fill in a number."},
                          {"note", "This text is too long (at most 20000 characters)."},
                          {"interpreter", "This value is not allowed."},
                          {"follow_up_on", "This date does not exist."}}));

    form.setValue(QStringLiteral("duration_min"), QStringLiteral("2000"));
    QVERIFY(!form.save());
    QCOMPARE(form.errors().value(QStringLiteral("duration_min")).toString(), QStringLiteral("Fill in a number from 0 to 1440."));

    // Nothing was written while the form had errors.
    QCOMPARE(saved.count(), 0);
    QCOMPARE(fx.outbox(QStringLiteral("visit")).size(), size_t(0));
    QVERIFY(form.isNew());

    form.setValue(QStringLiteral("date"), QStringLiteral("2025-02-28"));
    form.setValue(QStringLiteral("duration_min"), QStringLiteral("75"));
    form.setValue(QStringLiteral("note"), QStringLiteral("Goed gesprek"));
    form.setValue(QStringLiteral("interpreter"), QStringLiteral("family_member"));
    form.setValue(QStringLiteral("follow_up_on"), QStringLiteral("2025-03-14"));
    QVERIFY(form.save());
    QVERIFY(form.errors().isEmpty());
    QVERIFY(form.error().isEmpty());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!form.isNew());
    QCOMPARE(saved.at(0).at(0).toString(), form.recordId());
    const Visit v = *VisitRepository(fx.store()).get(form.recordId());
    QCOMPARE(v.familyId, family);
    QCOMPARE(v.date, QDate(2025, 2, 28));
    QCOMPARE(v.durationMin, 75);
    QCOMPARE(v.interpreter, QStringLiteral("family_member"));
    QCOMPARE(v.followUpOn, QDate(2025, 3, 14));
    QCOMPARE(v.intermediaryId, kMe);

    // The rules of other entities.
    RecordForm consent;
    consent.setEntity(QStringLiteral("consent"));
    consent.startNew({{QStringLiteral("family_id"), family}, {QStringLiteral("provider_id"), kProvider}});
    consent.setValue(QStringLiteral("method"), QStringLiteral("verbal_witness"));
    consent.setValue(QStringLiteral("shares"), QStringList());
    QVERIFY(!consent.save());
    QCOMPARE(sortedKeys(consent.errors()), (QStringList{"shares", "witness"}));
    consent.toggle(QStringLiteral("shares"), QStringLiteral("contact"));
    consent.setValue(QStringLiteral("witness"), QStringLiteral("Buurvrouw"));
    QVERIFY(consent.save());

    RecordForm hours;
    hours.setEntity(QStringLiteral("time_entry"));
    hours.startNew();
    hours.setValue(QStringLiteral("minutes"), 0);
    QVERIFY(!hours.save());
    QCOMPARE(hours.errors(), (QVariantMap{{"minutes", "Fill in how long it took."}}));
}

void TestRecordForm::numbersFollowTheLocale()
{
    Fixture fx(intermediary());
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto restore = qScopeGuard([&] { QLocale::setDefault(before); });

    RecordForm form;
    form.setEntity(QStringLiteral("time_entry"));
    form.startNew();
    form.setValue(QStringLiteral("distance_km"), QStringLiteral("12,5"));
    form.setValue(QStringLiteral("minutes"), QStringLiteral("90"));
    form.setValue(QStringLiteral("expenses_cents"), 350);
    QVERIFY2(form.save(), qPrintable(form.errors().keys().join(u',')));
    const auto r = Records(fx.store()).get(u"time_entry", form.recordId());
    QCOMPARE(r->value(u"distance_km").toDouble(), 12.5);
    QCOMPARE(r->value(u"minutes").toInt(), 90);
    QCOMPARE(r->value(u"expenses_cents").toInt(), 350);
}

void TestRecordForm::saveWritesOnlyChangedFields()
{
    Fixture fx(intermediary());
    Store &s = fx.store();

    RecordForm create;
    create.setEntity(QStringLiteral("family"));
    create.startNew();
    create.setValue(QStringLiteral("name"), QStringLiteral("Ayşe Yılmaz"));
    create.setValue(QStringLiteral("phone"), QStringLiteral("070 123 4567"));
    create.setValue(QStringLiteral("country_of_origin"), QStringLiteral("TR"));
    create.toggle(QStringLiteral("languages"), QStringLiteral("tr"));
    create.toggle(QStringLiteral("languages"), QStringLiteral("ku"));
    create.setValue(QStringLiteral("children"),
                    QVariantList{QVariantMap{{"birth_year", 2015}, {"gender", "f"}},
                                 QVariantMap{{"birth_year", 2019}, {"gender", QVariant()}}});
    QVERIFY2(create.save(), qPrintable(create.errors().keys().join(u',')));
    const QString id = create.recordId();
    QCOMPARE(fx.outbox(QStringLiteral("family")).size(), size_t(1));
    QCOMPARE(FamilyRepository(s).get(id)->children.size(), 2);

    // Another page opens it, changes one field and saves: only that field goes out.
    RecordForm edit;
    edit.setEntity(QStringLiteral("family"));
    QVERIFY(edit.load(id));
    QVERIFY(!edit.isNew());
    QVERIFY(!edit.dirty());
    QCOMPARE(edit.values().value(QStringLiteral("languages")).toStringList(), (QStringList{"tr", "ku"}));
    edit.setValue(QStringLiteral("phone"), QStringLiteral("06 1234 5678"));
    QVERIFY(edit.dirty());
    QVERIFY(edit.save());
    QVERIFY(!edit.dirty());
    auto queue = fx.outbox(QStringLiteral("family"));
    QCOMPARE(queue.size(), size_t(2));
    QCOMPARE(changedFields(queue.back()), QStringList{"phone"});
    QCOMPARE(queue.back().recordId, id);

    // Saving again without a change writes nothing.
    QVERIFY(edit.save());
    QCOMPARE(fx.outbox(QStringLiteral("family")).size(), size_t(2));

    // A list field toggled on a visit that has every kind of field filled in.
    Visit v;
    v.familyId = id;
    v.date = QDate(2025, 1, 7);
    v.durationMin = 50;
    v.present = {QStringLiteral("mother"), QStringLiteral("child")};
    v.language = QStringLiteral("tr");
    v.interpreter = QStringLiteral("none");
    v.topics = {QStringLiteral("school")};
    v.riskFactors = {QStringLiteral("rf01")};
    v.note = QStringLiteral("Eerste bezoek");
    v.followUpOn = QDate(2025, 1, 21);
    v.intermediaryId = kMe;
    const QString visit = VisitRepository(s).save(v);
    RecordForm visitForm;
    visitForm.setEntity(QStringLiteral("visit"));
    QVERIFY(visitForm.load(visit));
    visitForm.toggle(QStringLiteral("risk_factors"), QStringLiteral("rf07"));
    QVERIFY(visitForm.has(QStringLiteral("risk_factors"), QStringLiteral("rf07")));
    QVERIFY(visitForm.save());
    const auto visits = fx.outbox(QStringLiteral("visit"));
    QCOMPARE(visits.size(), size_t(2));
    QCOMPARE(changedFields(visits.back()), QStringList{"risk_factors"});
    QCOMPARE(VisitRepository(s).get(visit)->riskFactors, (QStringList{"rf01", "rf07"}));
}

void TestRecordForm::draftSurvivesTheForm()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QString family = addFamily(s, QStringLiteral("F-DRF01"), QStringLiteral("Osei"));
    const QString other = addFamily(s, QStringLiteral("F-DRF02"), QStringLiteral("Mensah"));
    const QVariantMap forFamily{{QStringLiteral("family_id"), family}};

    // Typed, then the page closes (or the battery dies) before Save.
    auto first = std::make_unique<RecordForm>();
    first->setEntity(QStringLiteral("visit"));
    first->startNew(forFamily);
    first->setValue(QStringLiteral("note"), QStringLiteral("Half getypt"));
    first->toggle(QStringLiteral("topics"), QStringLiteral("school"));
    first.reset();
    QCOMPARE(drafts(s), 1);
    QCOMPARE(fx.outbox(QStringLiteral("visit")).size(), size_t(0));

    // A new visit for the same family brings it back.
    RecordForm second;
    second.setEntity(QStringLiteral("visit"));
    second.startNew(forFamily);
    QVERIFY(second.draftRestored());
    QVERIFY(second.dirty());
    QCOMPARE(second.values().value(QStringLiteral("note")).toString(), QStringLiteral("Half getypt"));
    QCOMPARE(second.values().value(QStringLiteral("topics")).toStringList(), QStringList{"school"});
    QCOMPARE(second.values().value(QStringLiteral("family_id")).toString(), family);

    // Not for another family.
    RecordForm elsewhere;
    elsewhere.setEntity(QStringLiteral("visit"));
    elsewhere.startNew({{QStringLiteral("family_id"), other}});
    QVERIFY(!elsewhere.draftRestored());
    QVERIFY(!elsewhere.values().contains(QStringLiteral("note")));

    // Kept while typing, without closing the page; gone once saved.
    second.setValue(QStringLiteral("note"), QStringLiteral("Helemaal getypt"));
    QTRY_COMPARE_WITH_TIMEOUT(test::textScalar(s, QStringLiteral("SELECT body FROM draft")).contains(u"Helemaal getypt"),
                              true, 3000);
    QVERIFY(second.save());
    QCOMPARE(drafts(s), 0);
    QVERIFY(!second.draftRestored());
    QCOMPARE(VisitRepository(s).get(second.recordId())->note, QStringLiteral("Helemaal getypt"));
    RecordForm after;
    after.setEntity(QStringLiteral("visit"));
    after.startNew(forFamily);
    QVERIFY(!after.draftRestored());
}

void TestRecordForm::draftOfAnExistingRecord()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QString family = addFamily(s, QStringLiteral("F-DRF03"), QStringLiteral("Boateng"));
    const QString visit = addVisit(s, family, QDate(2025, 1, 7), {}, QStringLiteral("Zoals opgeslagen"));
    const auto writes = fx.outbox(QStringLiteral("visit")).size();

    auto first = std::make_unique<RecordForm>();
    first->setEntity(QStringLiteral("visit"));
    QVERIFY(first->load(visit));
    first->setValue(QStringLiteral("note"), QStringLiteral("Aangepast maar niet bewaard"));
    first.reset();

    RecordForm second;
    second.setEntity(QStringLiteral("visit"));
    QVERIFY(second.load(visit));
    QVERIFY(second.draftRestored());
    QCOMPARE(second.values().value(QStringLiteral("note")).toString(), QStringLiteral("Aangepast maar niet bewaard"));
    // The record itself is as it was, and nothing went to the outbox.
    QCOMPARE(VisitRepository(s).get(visit)->note, QStringLiteral("Zoals opgeslagen"));
    QCOMPARE(fx.outbox(QStringLiteral("visit")).size(), writes);

    // Undo: the stored values are back and the draft is gone.
    second.discard();
    QVERIFY(!second.dirty());
    QVERIFY(!second.draftRestored());
    QCOMPARE(second.values().value(QStringLiteral("note")).toString(), QStringLiteral("Zoals opgeslagen"));
    QCOMPARE(drafts(s), 0);
    RecordForm third;
    third.setEntity(QStringLiteral("visit"));
    QVERIFY(third.load(visit));
    QVERIFY(!third.draftRestored());
}

void TestRecordForm::discardKeepsWhatTheFormIsAbout()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QString family = addFamily(s, QStringLiteral("F-DRF04"), QStringLiteral("Amrani"));

    // "Undo changes" on a new visit: what was typed goes, the family it is for stays.
    RecordForm form;
    form.setEntity(QStringLiteral("visit"));
    form.startNew({{QStringLiteral("family_id"), family}, {QStringLiteral("duration_min"), 30}});
    form.setValue(QStringLiteral("note"), QStringLiteral("Weg ermee"));
    form.discard();
    QVERIFY(!form.dirty());
    QVERIFY(!form.values().contains(QStringLiteral("note")));
    QCOMPARE(form.values().value(QStringLiteral("family_id")).toString(), family);
    QCOMPARE(form.values().value(QStringLiteral("duration_min")).toInt(), 30);
    QCOMPARE(drafts(s), 0);
    QVERIFY2(form.save(), qPrintable(form.errors().keys().join(u',')));
    QCOMPARE(VisitRepository(s).get(form.recordId())->familyId, family);

    // A new family keeps the code it was given.
    RecordForm fam;
    fam.setEntity(QStringLiteral("family"));
    fam.startNew();
    const QString code = fam.values().value(QStringLiteral("code")).toString();
    fam.setValue(QStringLiteral("name"), QStringLiteral("Typfout"));
    fam.discard();
    QCOMPARE(fam.values().value(QStringLiteral("code")).toString(), code);
    QVERIFY(!fam.values().contains(QStringLiteral("name")));
}

void TestRecordForm::referralProviderFieldsNotWrittenByIntermediary()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QString family = addFamily(s, QStringLiteral("F-REF01"), QStringLiteral("Benali"));
    const QString consent = addConsent(s, family, kProvider, QDate::currentDate());
    const QStringList providerFields{"decline_reason", "interpreter_booked", "intake_on", "intake_place", "intake_time",
                                     "intermediary_invited", "outcome", "outcome_note", "question", "status",
                                     "status_at", "status_by", "suggestion"};

    RecordForm form;
    form.setEntity(QStringLiteral("referral"));
    form.startNew({{QStringLiteral("family_id"), family}, {QStringLiteral("provider_id"), kProvider},
                   {QStringLiteral("consent_id"), consent}, {QStringLiteral("service_id"), kServiceA}});
    form.setValue(QStringLiteral("reason_family"), QStringLiteral("Zoon spijbelt"));
    // Whatever the page binds, an intermediary's form does not write the provider's side.
    form.setValue(QStringLiteral("status"), QStringLiteral("in_care"));
    form.setValue(QStringLiteral("intake_on"), QStringLiteral("2025-03-01"));
    form.setValue(QStringLiteral("question"), QStringLiteral("Zelf ingevuld"));
    form.setValue(QStringLiteral("interpreter_booked"), true);
    QVERIFY2(form.save(), qPrintable(form.errors().keys().join(u',')));
    const auto created = Records(s).get(u"referral", form.recordId());
    for (const QString &f : providerFields)
        QVERIFY2(created->value(f).isNull() || created->value(f) == false, qPrintable(f));
    QCOMPARE(created->value(u"reason_family").toString(), QStringLiteral("Zoon spijbelt"));
    QCOMPARE(created->value(u"state").toString(), QStringLiteral("draft"));
    auto queue = fx.outbox(QStringLiteral("referral"));
    QCOMPARE(queue.size(), size_t(1));
    for (const QString &f : providerFields)
        QVERIFY2(!queue.back().fields.contains(f), qPrintable(f));
    // The form now shows what is stored, not what was typed into those fields.
    QVERIFY(form.values().value(QStringLiteral("status")).isNull());

    // The caseworker's answer arrives; editing the content later leaves it as it is.
    fx.remoteUpdate(QStringLiteral("referral"), form.recordId(),
                    {{"status", "more_info"}, {"question", "Welke school?"}, {"status_by", kCaseworker}}, kCaseworker,
                    kCaseworkerNode);
    RecordForm edit;
    edit.setEntity(QStringLiteral("referral"));
    QVERIFY(edit.load(form.recordId()));
    QCOMPARE(edit.values().value(QStringLiteral("status")).toString(), QStringLiteral("more_info"));
    edit.setValue(QStringLiteral("reason_intermediary"), QStringLiteral("Het Dalton College"));
    edit.setValue(QStringLiteral("status"), QStringLiteral("closed"));
    edit.setValue(QStringLiteral("question"), QString());
    QVERIFY(edit.save());
    queue = fx.outbox(QStringLiteral("referral"));
    QCOMPARE(queue.size(), size_t(2));
    QCOMPARE(changedFields(queue.back()), QStringList{"reason_intermediary"});
    const Referral r = *ReferralRepository(s).get(form.recordId());
    QCOMPARE(r.status, QStringLiteral("more_info"));
    QCOMPARE(r.question, QStringLiteral("Welke school?"));
    QCOMPARE(r.reasonIntermediary, QStringLiteral("Het Dalton College"));
}

QTEST_MAIN(TestRecordForm)
#include "tst_recordform.moc"
