import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brug

// The app's frame: header with the sync state, navigation (a rail on tablets, a drawer on
// phones), the page stack, and the lock screen over everything while locked.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    title: qsTr("Brug")
    font.pixelSize: Theme.fontSize
    font.capitalization: Font.MixedCase
    color: Theme.background
    LayoutMirroring.enabled: Language.rtl
    LayoutMirroring.childrenInherit: true
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    readonly property bool wide: width >= 900
    readonly property bool unlocked: Session.state === Session.Unlocked
    readonly property bool migrantSide: !Session.providerSide
    readonly property var navItems: Session.providerSide ? [
        { name: "inbox", icon: "inbox", label: qsTr("Referrals") },
        { name: "directory", icon: "directory", label: qsTr("Directory") },
        { name: "reports", icon: "reports", label: qsTr("Figures") },
        { name: "settings", icon: "settings", label: qsTr("Settings") }
    ] : [
        { name: "home", icon: "home", label: qsTr("Today") },
        { name: "families", icon: "families", label: qsTr("Families") },
        { name: "meetings", icon: "meeting", label: qsTr("Meetings") },
        { name: "directory", icon: "directory", label: qsTr("Directory") },
        { name: "hours", icon: "hours", label: qsTr("Hours") },
        { name: "reports", icon: "reports", label: qsTr("Figures") },
        { name: "settings", icon: "settings", label: qsTr("Settings") }
    ]
    readonly property var topPages: ({
        home: "HomePage.qml", families: "FamiliesPage.qml", meetings: "MeetingsPage.qml",
        directory: "DirectoryPage.qml", hours: "HoursPage.qml", settings: "SettingsPage.qml",
        inbox: "InboxPage.qml", reports: "ReportsPage.qml"
    })
    property string current: ""
    readonly property alias pageStack: stack

    function push(url, props) {
        Session.touch()
        return stack.push(Qt.resolvedUrl(url), props || {})
    }
    function back() {
        if (stack.depth > 1)
            stack.pop()
    }
    function navigate(name) {
        Session.touch()
        if (!topPages[name])
            return false
        current = name
        stack.clear()
        stack.push(Qt.resolvedUrl(topPages[name]))
        drawer.close()
        return true
    }
    function home() {
        navigate(Session.providerSide ? "inbox" : (Session.enrolled ? "home" : "settings"))
    }
    // Opens a page by its screenshot name (see brug --list-pages); true when it could.
    function openPage(name) {
        if (!unlocked)
            return false
        if (topPages[name])
            return navigate(name)
        const family = Directory.sampleFamily()
        const referral = Directory.sampleReferral(Session.providerSide)
        switch (name) {
        case "family":
            navigate("families")
            return family !== "" && push("FamilyPage.qml", { familyId: family }) !== null
        case "visit":
            navigate("families")
            return family !== "" && push("VisitPage.qml", { familyId: family }) !== null
        case "meeting":
            navigate("meetings")
            return push("MeetingPage.qml", {}) !== null
        case "consent":
            navigate("families")
            return family !== "" && push("ConsentPage.qml", { familyId: family }) !== null
        case "referral":
            navigate("families")
            return referral !== "" && push("ReferralPage.qml", { referralId: referral }) !== null
        case "review":
            navigate("inbox")
            return referral !== "" && push("ReviewPage.qml", { referralId: referral }) !== null
        }
        return false
    }

    onUnlockedChanged: if (unlocked) home()
    Component.onCompleted: if (unlocked) home()

    header: ToolBar {
        visible: window.unlocked
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                icon.source: stack.depth > 1 ? "icons/back.svg" : "icons/menu.svg"
                icon.color: "white"
                visible: stack.depth > 1 || !window.wide
                onClicked: stack.depth > 1 ? window.back() : drawer.open()
                Accessible.name: stack.depth > 1 ? qsTr("Back") : qsTr("Menu")
                rotation: stack.depth > 1 && Language.rtl ? 180 : 0
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : qsTr("Brug")
                color: "white"
                font.pixelSize: Theme.titleFont
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            SyncBadge {
                compact: !window.wide
                Layout.rightMargin: 4
            }
        }
    }

    Drawer {
        id: drawer
        width: Math.min(320, window.width * 0.8)
        height: window.height
        edge: Language.rtl ? Qt.RightEdge : Qt.LeftEdge
        interactive: window.unlocked && !window.wide
        NavigationList { anchors.fill: parent; onChosen: name => window.navigate(name) }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: window.unlocked
        NavigationList {
            visible: window.wide
            Layout.preferredWidth: 240
            Layout.fillHeight: true
            onChosen: name => window.navigate(name)
        }
        Rectangle {
            visible: window.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }
        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    // Any touch counts as activity for the idle lock.
    PointHandler {
        onActiveChanged: if (active) Session.touch()
    }

    Loader {
        anchors.fill: parent
        active: !window.unlocked
        sourceComponent: LockScreen {}
    }

    component NavigationList: Pane {
        id: nav
        signal chosen(string name)
        padding: 0
        background: Rectangle { color: Theme.card }
        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            Pane {
                Layout.fillWidth: true
                background: Rectangle { color: Theme.primaryLight }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    Label { text: Session.userName; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label {
                        text: (Labels.names.role[Session.role] || "") + " · " + Session.orgName
                        color: Theme.muted
                        font.pixelSize: Theme.smallFont
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: window.navItems
                clip: true
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    height: 56
                    text: modelData.label
                    icon.source: "icons/" + modelData.icon + ".svg"
                    icon.color: highlighted ? Theme.primary : Theme.muted
                    highlighted: window.current === modelData.name
                    onClicked: nav.chosen(modelData.name)
                    Accessible.name: modelData.label
                }
            }
            ItemDelegate {
                Layout.fillWidth: true
                height: 56
                text: qsTr("Lock")
                icon.source: "icons/lock.svg"
                icon.color: Theme.muted
                onClicked: Session.lock()
                Accessible.name: qsTr("Lock the app")
            }
        }
    }
}
