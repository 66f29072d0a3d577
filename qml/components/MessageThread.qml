import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// The thread between the intermediary and the caseworker, with a box to answer.
ColumnLayout {
    id: thread
    property string referralId
    Layout.fillWidth: true
    spacing: 8

    ThreadModel { id: messages; referralId: thread.referralId }

    Label {
        visible: messages.count === 0
        text: qsTr("No messages yet.")
        color: Theme.muted
    }
    Repeater {
        model: messages
        delegate: Pane {
            required property string kind
            required property string body
            required property string status
            required property string authorName
            required property bool mine
            required property double at
            Layout.fillWidth: kind === "status"
            Layout.maximumWidth: thread.width * 0.85
            Layout.alignment: kind === "status" ? Qt.AlignHCenter : mine ? Qt.AlignRight : Qt.AlignLeft
            padding: 10
            background: Rectangle {
                radius: Theme.radius
                color: kind === "status" ? "transparent" : mine ? Theme.primaryLight : Theme.card
                border.color: kind === "status" ? "transparent" : Theme.divider
            }
            ColumnLayout {
                width: Math.min(implicitWidth, thread.width * 0.85 - 20)
                spacing: 4
                Label {
                    visible: kind === "status"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Theme.statusColor(status)
                    font.bold: true
                    text: qsTr("%1 set the status to: %2").arg(authorName).arg(Labels.names.referral_status[status] || status)
                }
                Label {
                    visible: body.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: body
                    horizontalAlignment: kind === "status" ? Text.AlignHCenter : Text.AlignLeft
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: kind === "status" ? Text.AlignHCenter : Text.AlignLeft
                    text: (kind === "status" ? "" : authorName + " · ") + Language.dateTime(at)
                    color: Theme.muted
                    font.pixelSize: Theme.smallFont
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        TextArea {
            id: answer
            Layout.fillWidth: true
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Write a message")
            Accessible.name: qsTr("Message")
        }
        Button {
            text: qsTr("Send")
            icon.source: "icons/referral.svg"
            highlighted: true
            enabled: answer.text.trim().length > 0
            onClicked: if (messages.post(answer.text)) answer.text = ""
        }
    }
}
