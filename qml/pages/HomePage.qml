import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Today: what is due (follow-ups, intakes to go along to), recent families, the sync state,
// and the quickest way to record a visit or a meeting.
AppPage {
    id: page
    title: qsTr("Today")

    AgendaModel { id: agenda }
    FamilyListModel { id: recent; limit: 5 }

    Label {
        text: qsTr("Hello, %1").arg(Session.userName)
        font.pixelSize: Theme.headingFont
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        text: Language.date(Language.today(), true)
        color: Theme.muted
    }

    Card {
        RowLayout {
            width: parent.width
            spacing: Theme.spacing
            AppIcon {
                iconName: SyncStatus.state === SyncStatus.UpToDate ? "check" : SyncStatus.state === SyncStatus.Error ? "warning" : "sync"
                color: SyncStatus.state === SyncStatus.Error ? Theme.danger : Theme.primary
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label { text: SyncStatus.stateText; font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: Theme.smallFont
                    text: SyncStatus.detailText.length > 0 ? SyncStatus.detailText
                          : SyncStatus.lastSynced > 0 ? qsTr("Last synced: %1").arg(Language.dateTime(SyncStatus.lastSynced)) : ""
                    visible: text.length > 0
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: SyncStatus.busy
                    value: SyncStatus.progress
                    indeterminate: SyncStatus.progress <= 0
                }
            }
            Button {
                text: qsTr("Sync")
                icon.source: "icons/sync.svg"
                enabled: !SyncStatus.busy && Session.enrolled
                onClicked: SyncStatus.syncNow()
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: page.width > 600 ? 3 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            highlighted: true
            icon.source: "icons/visit.svg"
            text: qsTr("New home visit")
            onClicked: window.push("FamiliesPage.qml", { pickForVisit: true })
        }
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            icon.source: "icons/meeting.svg"
            text: qsTr("New meeting")
            onClicked: window.push("MeetingPage.qml", {})
        }
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            icon.source: "icons/add.svg"
            text: qsTr("New family")
            onClicked: window.push("FamilyEditPage.qml", {})
        }
    }

    SectionTitle { text: qsTr("To do") }
    EmptyState {
        visible: agenda.count === 0
        icon: "check"
        text: qsTr("Nothing due this week.")
    }
    Repeater {
        model: agenda
        delegate: ItemDelegate {
            id: task
            required property string kind
            required property string itemId
            required property string familyId
            required property string date
            required property string time
            required property string place
            readonly property string title: (kind === "intake" ? qsTr("Intake: go along with %1") : qsTr("Visit again: %1"))
                                            .arg((Directory.revision, Directory.familyLabel(familyId)))
            readonly property string when: [Language.relativeDay(date), time, place].filter(s => s && s.length).join(" · ")
            Layout.fillWidth: true
            height: Math.max(64, implicitHeight)
            // Own content rather than the icon label: a long family name in another script must
            // wrap inside the card, not run past its edge (seen in Arabic on a phone).
            contentItem: RowLayout {
                spacing: Theme.spacing
                AppIcon {
                    iconName: task.kind === "intake" ? "referral" : "visit"
                    color: task.date <= Language.today() ? Theme.accent : Theme.primary
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: task.title
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: task.when
                        color: Theme.muted
                        font.pixelSize: Theme.smallFont
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            onClicked: window.push(kind === "intake" ? "ReferralPage.qml" : "FamilyPage.qml",
                                   kind === "intake" ? { referralId: itemId } : { familyId: familyId })
            background: Rectangle { color: Theme.card; radius: Theme.radius; border.color: Theme.divider }
            Accessible.name: title + ", " + when
        }
    }

    SectionTitle { text: qsTr("Recent families") }
    EmptyState {
        visible: recent.total === 0
        icon: "families"
        text: qsTr("No families yet. Add the first family you visit.")
    }
    Repeater {
        model: recent
        delegate: FamilyRow {
            required property var model
            familyId: model.familyId
            code: model.code
            name: model.name
            neighbourhood: model.neighbourhood
            background: Rectangle { color: Theme.card; radius: Theme.radius; border.color: Theme.divider }
            onClicked: window.push("FamilyPage.qml", { familyId: familyId })
        }
    }
}
