import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// The neighbourhood meetings, newest first.
AppPage {
    id: page
    title: qsTr("Meetings")

    MeetingListModel { id: meetings }

    Button {
        highlighted: true
        icon.source: "icons/add.svg"
        text: qsTr("New meeting")
        Layout.preferredHeight: 56
        onClicked: window.push("MeetingPage.qml", {})
    }
    EmptyState {
        visible: meetings.count === 0
        icon: "meeting"
        text: qsTr("No meetings recorded yet.")
    }
    Repeater {
        model: meetings
        delegate: ItemDelegate {
            required property string meetingId
            required property string date
            required property string placeKind
            required property string placeName
            required property string theme
            required property int attendance
            required property bool providerRequested
            Layout.fillWidth: true
            height: 76
            background: Rectangle { color: Theme.card; radius: Theme.radius; border.color: Theme.divider }
            onClicked: window.push("MeetingPage.qml", { meetingId: meetingId })
            Accessible.name: title.text + ". " + sub.text
            contentItem: RowLayout {
                spacing: Theme.spacing
                AppIcon { iconName: "meeting"; color: Theme.primary }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        id: title
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.bold: true
                        text: theme ? (Labels.names.topic[theme] || theme) : qsTr("Meeting")
                    }
                    Label {
                        id: sub
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        color: Theme.muted
                        font.pixelSize: Theme.smallFont
                        text: [Language.date(date), placeName || Labels.names.place[placeKind] || "",
                               qsTr("%n present", "", attendance)].filter(s => s).join(" · ")
                    }
                }
                Label {
                    visible: providerRequested
                    text: qsTr("Provider asked")
                    color: Theme.accent
                    font.pixelSize: Theme.smallFont
                }
            }
        }
    }
}
