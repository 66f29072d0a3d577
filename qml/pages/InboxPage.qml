import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// The caseworker's inbox: referrals addressed to this provider, new first, urgency visible,
// filtered by status and service; a badge for what came in since the last look.
AppPage {
    id: page
    title: qsTr("Referrals")

    InboxModel { id: inbox }
    Component.onDestruction: inbox.markSeen()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            text: qsTr("%n new", "", inbox.newCount)
            font.pixelSize: Theme.titleFont
            font.bold: true
        }
        Label {
            visible: inbox.freshCount > 0
            text: qsTr("%n arrived since you last looked", "", inbox.freshCount)
            color: "white"
            font.pixelSize: Theme.smallFont
            padding: 6
            background: Rectangle { color: Theme.accent; radius: height / 2 }
        }
        Item { Layout.fillWidth: true }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: [{ code: "", label: qsTr("All") }, { code: "new", label: qsTr("New") }].concat(
                       Labels.lists.referral_status.map(s => ({ code: s.code, label: s.label })))
            delegate: Chip {
                required property var modelData
                text: modelData.label
                checked: inbox.status === modelData.code
                onClicked: inbox.status = modelData.code
            }
        }
    }
    ComboBox {
        Layout.fillWidth: true
        Layout.maximumWidth: 420
        model: [{ id: "", name: qsTr("All services") }].concat((Directory.revision, Directory.services(Session.orgId)))
        textRole: "name"
        valueRole: "id"
        onActivated: inbox.serviceId = currentValue
        Accessible.name: qsTr("Service")
    }

    EmptyState {
        visible: inbox.count === 0
        icon: "inbox"
        text: qsTr("No referrals here.")
    }
    Repeater {
        model: inbox
        delegate: ItemDelegate {
            required property string referralId
            required property string familyCode
            required property string serviceId
            required property string urgency
            required property string status
            required property double sentAt
            required property bool fresh
            required property string reason
            Layout.fillWidth: true
            height: Math.max(84, implicitHeight)
            background: Rectangle {
                color: fresh ? Theme.primaryLight : Theme.card
                radius: Theme.radius
                border.color: urgency === "urgent" ? Theme.danger : Theme.divider
                border.width: urgency === "urgent" ? 2 : 1
            }
            onClicked: window.push("ReviewPage.qml", { referralId: referralId })
            Accessible.name: qsTr("Family %1").arg(familyCode) + ". " + (Labels.names.urgency[urgency] || "") + ". " + reason
            contentItem: ColumnLayout {
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Family %1").arg(familyCode); font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label {
                        visible: urgency !== "normal"
                        text: Labels.names.urgency[urgency] || ""
                        color: urgency === "urgent" ? Theme.danger : Theme.warning
                        font.bold: true
                    }
                    StatusChip { status: status }
                }
                Label {
                    text: [(Directory.revision, Directory.serviceName(serviceId)), Language.dateTime(sentAt)].filter(s => s).join(" · ")
                    color: Theme.muted
                    font.pixelSize: Theme.smallFont
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label { text: reason; Layout.fillWidth: true; elide: Text.ElideRight; maximumLineCount: 2; wrapMode: Text.Wrap }
            }
        }
    }
}
