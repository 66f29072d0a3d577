import QtQuick
import QtTest
import Brug
import BrugTest

// The main flows as a user does them, in order: first start with a passphrase, enrol, add a
// family, record a visit and a meeting, give consent and send a referral, withdraw consent,
// switch language, lock and unlock. Test functions run in alphabetical order.
TestCase {
    id: tc
    name: "Flows"
    when: windowShown
    width: 400
    height: 300
    visible: true

    property var app: null
    property string familyId: ""
    property string consentId: ""
    readonly property string passphrase: "sterk genoeg 42"

    Component { id: mainComponent; Main {} }
    FamilyListModel { id: families }
    MeetingListModel { id: meetings }
    RecordView { id: record }

    function initTestCase() {
        app = mainComponent.createObject(null, { width: 1280, height: 800 })
        app.visible = true
        waitForRendering(app.contentItem)
    }
    function cleanupTestCase() {
        if (app)
            app.destroy()
    }

    function page() { return app.pageStack.currentItem }
    function find(name, root) {
        const item = findChild(root || page(), name)
        verify(item !== null, "no item named " + name)
        return item
    }
    // Scrolls a page so that the item is on screen before it is tapped.
    function reveal(item) {
        const p = page()
        if (p && p.flickable) {
            const pos = item.mapToItem(p.flickable.contentItem, 0, 0)
            p.flickable.contentY = Math.max(0, Math.min(pos.y - 80, p.flickable.contentHeight - p.flickable.height))
            wait(50)
        }
    }
    function tap(name, root) {
        const item = find(name, root)
        reveal(item)
        mouseClick(item)
        return item
    }
    function type(name, text, root) {
        const field = tap(name, root)
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
        return field
    }
    function open(url, props) {
        app.push(url, props)
        tryVerify(() => page() && page().visible, 2000)
        tryCompare(app.pageStack, "busy", false, 3000)   // the page has slid into place
        waitForRendering(app.contentItem)
    }

    function test_a_firstStartAndEnrol() {
        compare(Session.state, Session.NoStore)
        const lock = findChild(app, "passphrase")
        verify(lock !== null, "the lock screen asks for a passphrase at first start")
        mouseClick(lock)
        for (let i = 0; i < passphrase.length; ++i) keyClick(passphrase[i])
        const repeat = findChild(app, "passphraseRepeat")
        mouseClick(repeat)
        for (let i = 0; i < passphrase.length; ++i) keyClick(passphrase[i])
        mouseClick(findChild(app, "unlockButton"))
        tryCompare(Session, "state", Session.Unlocked, 20000)
        verify(!Session.enrolled)

        app.navigate("settings")
        tryCompare(app.pageStack, "busy", false, 3000)
        waitForRendering(app.contentItem)
        // Plain http to a server elsewhere: refused before anything is sent, in plain words (the
        // test runs in Dutch).
        type("serverField", "192").text = "http://192.0.2.1:8787"
        type("codeField", TestEnv.codes.amal)
        tap("connectButton")
        tryCompare(find("enrolMessage"), "text",
                   "Dit serveradres is niet beveiligd. Gebruik een adres dat begint met https://.", 5000)
        verify(!Session.enrolled)

        find("serverField").text = ""
        type("serverField", TestEnv.serverUrl.replace("http://", "")).text = TestEnv.serverUrl
        tap("connectButton")
        tryCompare(Session, "enrolled", true, 20000)
        compare(Session.userName, "Amal Haddou")
        tryCompare(SyncStatus, "state", SyncStatus.UpToDate, 30000)
        verify(Directory.providers.length > 0, "the directory arrived with the first sync")
    }

    function test_b_addFamily() {
        const before = families.total
        open("FamilyEditPage.qml", {})
        type("field_name", "Familie Testmans")
        type("field_neighbourhood", "Lombok")
        tap("country_of_origin_GH")
        tap("languages_ak")
        tap("saveButton")
        tryVerify(() => families.total === before + 1, 5000)
        families.query = "testmans"
        compare(families.total, 1)
        familyId = families.data(families.index(0, 0), Qt.UserRole + 1)
        verify(familyId.length > 0)
        families.query = ""
    }

    function test_c_recordVisit() {
        open("VisitPage.qml", { familyId: familyId })
        tap("present_mother")
        tap("risk_rf09")
        tap("risk_rf07")
        tap("actions_information")
        type("field_note", "Eerste kennismaking")
        tap("saveButton")
        tryVerify(() => page().title !== qsTr("New home visit"), 5000)
        const timeline = Qt.createQmlObject('import Brug; TimelineModel {}', tc)
        timeline.familyId = familyId
        compare(timeline.count, 1)
        compare(timeline.data(timeline.index(0, 0), Qt.UserRole + 1), "visit")
        const codes = timeline.data(timeline.index(0, 0), Qt.UserRole + 6)
        verify(codes.indexOf("rf09") >= 0 && codes.indexOf("rf07") >= 0, "both risk factors saved: " + codes)
        timeline.destroy()
    }

    function test_d_recordMeeting() {
        const before = meetings.count
        open("MeetingPage.qml", {})
        tap("place_kind_mosque")
        tap("theme_parenting")
        for (let i = 0; i < 3; ++i) tap("women_plus")
        tap("children_plus")
        tap("saveButton")
        tryVerify(() => meetings.count === before + 1, 5000)
        compare(meetings.data(meetings.index(0, 0), Qt.UserRole + 6), 4) // attendance: 3 women, 1 child
    }

    function test_e_consentAndReferral() {
        // Consent, step by step.
        open("ConsentPage.qml", { familyId: familyId })
        tap("provider_" + TestEnv.providerId)
        tap("saveButton")                 // next: what is shared
        tap("share_children")
        tap("saveButton")                 // next: for what
        tap("saveButton")                 // next: how
        tap("method_signed")
        tap("saveButton")                 // save
        tryVerify(() => Directory.activeConsents(familyId, TestEnv.providerId).length === 1, 5000)
        consentId = Directory.activeConsents(familyId, TestEnv.providerId)[0].id

        // The referral rests on it.
        open("ReferralPage.qml", { familyId: familyId })
        const box = find("providerBox")
        const index = Directory.providers.findIndex(p => p.id === TestEnv.providerId)
        box.currentIndex = index
        box.activated(index)
        tryVerify(() => findChild(page(), "consent_" + consentId) !== null, 3000)
        type("field_reason_family", "Hulp bij opvoeden")
        tap("sendButton")
        tryVerify(() => page().referralId.length > 0, 5000)
        record.entity = "referral"
        record.recordId = page().referralId
        tryCompare(record.values, "state", "sent", 5000)
        compare(record.values.consent_id, consentId)
    }

    function test_f_withdrawConsent() {
        open("ConsentPage.qml", { familyId: familyId, consentId: consentId })
        tap("withdrawButton")
        const dialog = find("withdrawDialog")
        tryCompare(dialog, "opened", true, 2000)
        dialog.accept()
        tryVerify(() => Directory.activeConsents(familyId, TestEnv.providerId).length === 0, 5000)
        record.entity = "consent"
        record.recordId = consentId
        verify(record.values.withdrawn_on !== undefined && record.values.withdrawn_on !== null)
    }

    function test_g_switchLanguage() {
        verify(!app.LayoutMirroring.enabled)
        const dutch = Labels.names.topic.parenting
        Language.code = "ar"
        verify(Language.rtl)
        verify(app.LayoutMirroring.enabled, "Arabic mirrors the layout")
        verify(Labels.names.topic.parenting !== dutch, "catalogue labels follow the language")
        Language.code = "ak"
        verify(!app.LayoutMirroring.enabled)
        Language.code = "nl"
        compare(Labels.names.topic.parenting, dutch)
    }

    function test_h_lockAndUnlock() {
        Session.lock()
        compare(Session.state, Session.Locked)
        app.requestActivate()
        waitForRendering(app.contentItem)
        wait(200)
        const field = findChild(app, "passphrase")
        verify(field !== null)
        mouseClick(field)
        for (const c of "fout") keyClick(c)
        mouseClick(findChild(app, "unlockButton"))
        compare(Session.state, Session.Locked)
        tryVerify(() => Session.error.length > 0, 5000, "a wrong passphrase says so")
        field.text = ""
        mouseClick(field)
        for (let i = 0; i < passphrase.length; ++i) keyClick(passphrase[i])
        mouseClick(findChild(app, "unlockButton"))
        tryCompare(Session, "state", Session.Unlocked, 20000)
        families.reload()
        verify(families.total > 1, "the data is there again after unlocking")
    }

    function test_i_familyListKeepsItsPlaceOnRefresh() {
        TestEnv.addFamilies(80)
        open("FamiliesPage.qml", {})
        const list = find("familyList")
        tryVerify(() => list.count >= 50, 3000)
        list.positionViewAtIndex(40, ListView.Beginning)
        wait(50)
        const first = list.indexAt(10, list.contentY + 10)
        verify(first >= 35, "scrolled down to row " + first)
        // A sync brings one more family: the list is refreshed, the user stays where they were.
        TestEnv.addFamilies(1)
        wait(100)
        const after = list.indexAt(10, list.contentY + 10)
        verify(Math.abs(after - first) <= 1, "the list kept its place: row " + first + " before, " + after + " after")
        // A new search starts at the top.
        find("familySearch").text = "test"
        tryVerify(() => list.indexAt(10, list.contentY + 10) === 0, 3000)
        app.pageStack.pop()
    }
}
