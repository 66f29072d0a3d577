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
        // A bubble sized from its text's natural width, capped at 85%: explicit widths, so the
        // wrapped text never sends the page's layout round in circles.
        delegate: Item {
            id: bubble
            required property string kind
            required property string body
            required property string status
            required property string authorName
            required property bool mine
            required property double at
            readonly property bool isStatus: kind === "status"
            readonly property real maxWidth: thread.width * (isStatus ? 1 : 0.85)
            readonly property real boxWidth: isStatus ? thread.width
                : Math.min(maxWidth, Math.max(bodyText.implicitWidth, metaText.implicitWidth) + 24)
            Layout.fillWidth: true
            implicitHeight: box.height

            Rectangle {
                id: box
                width: bubble.boxWidth
                height: content.implicitHeight + 20
                anchors.right: bubble.mine && !bubble.isStatus ? parent.right : undefined
                anchors.left: bubble.mine || bubble.isStatus ? undefined : parent.left
                radius: Theme.radius
                color: bubble.isStatus ? "transparent" : bubble.mine ? Theme.primaryLight : Theme.card
                border.color: bubble.isStatus ? "transparent" : Theme.divider
                Column {
                    id: content
                    x: 12
                    y: 10
                    width: box.width - 24
                    spacing: 4
                    Label {
                        visible: bubble.isStatus
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: Theme.statusColor(bubble.status)
                        font.bold: true
                        text: qsTr("%1 set the status to: %2").arg(bubble.authorName).arg(Labels.names.referral_status[bubble.status] || bubble.status)
                    }
                    Label {
                        id: bodyText
                        visible: bubble.body.length > 0
                        width: parent.width
                        wrapMode: Text.Wrap
                        text: bubble.body
                        horizontalAlignment: bubble.isStatus ? Text.AlignHCenter : Text.AlignLeft
                    }
                    Label {
                        id: metaText
                        width: parent.width
                        horizontalAlignment: bubble.isStatus ? Text.AlignHCenter : Text.AlignLeft
                        text: (bubble.isStatus ? "" : bubble.authorName + " · ") + Language.dateTime(bubble.at)
                        color: Theme.muted
                        font.pixelSize: Theme.smallFont
                    }
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
