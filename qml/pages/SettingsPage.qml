import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Language, the server and this device's enrolment, the lock time, and about.
AppPage {
    id: page
    title: qsTr("Settings")

    SectionTitle { text: qsTr("Language") }
    LanguagePicker { Layout.fillWidth: true }

    SectionTitle { text: qsTr("Server") }
    Card {
        spacing: Theme.spacing
        Label {
            width: parent.width
            visible: Session.enrolled
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This device is connected as %1 (%2) of %3.")
                  .arg(Session.userName).arg(Labels.names.role[Session.role] || "").arg(Session.orgName)
        }
        InfoRow { label: qsTr("Server"); value: SyncStatus.serverUrl }
        InfoRow { label: qsTr("Sync"); value: SyncStatus.stateText }
        InfoRow { label: qsTr("Last synced"); value: SyncStatus.lastSynced > 0 ? Language.dateTime(SyncStatus.lastSynced) : "" }
        Label {
            width: parent.width
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: Session.enrolled ? qsTr("To connect again, enter a new code from your coordinator.")
                                   : qsTr("Enter the server address and the code your coordinator gave you.")
            color: Theme.muted
        }
        TextField {
            id: server
            objectName: "serverField"
            width: parent.width
            Layout.fillWidth: true
            placeholderText: qsTr("Server address, e.g. https://brug.example.nl")
            text: SyncStatus.serverUrl
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Server address")
        }
        TextField {
            id: code
            objectName: "codeField"
            width: parent.width
            Layout.fillWidth: true
            placeholderText: qsTr("Code, e.g. 7K3D-9XQ2-MW4P")
            font.capitalization: Font.AllUppercase
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            Accessible.name: qsTr("Enrolment code")
        }
        Label { id: enrolMessage; objectName: "enrolMessage"; visible: text.length > 0; wrapMode: Text.Wrap; Layout.fillWidth: true }
            width: parent.width
        Button {
            objectName: "connectButton"
            text: SyncStatus.enrolling ? qsTr("Connecting…") : qsTr("Connect this device")
            enabled: !SyncStatus.enrolling && server.text.length > 0 && code.text.length > 0
            highlighted: !Session.enrolled
            onClicked: SyncStatus.enrol(server.text, code.text, "")
        }
    }
    Connections {
        target: SyncStatus
        function onEnrolled() { enrolMessage.color = Theme.success; enrolMessage.text = qsTr("Connected. The first sync starts now."); code.text = "" }
        function onEnrolFailed(message) { enrolMessage.color = Theme.danger; enrolMessage.text = message }
    }

    SectionTitle { text: qsTr("Security") }
    Card {
        Label { text: qsTr("Lock after %n minute(s) without use", "", Session.lockMinutes); Layout.fillWidth: true; wrapMode: Text.Wrap }
            width: parent.width
        Slider {
            width: parent.width
            Layout.fillWidth: true
            from: 1
            to: 30
            stepSize: 1
            value: Session.lockMinutes
            onMoved: Session.lockMinutes = value
            Accessible.name: qsTr("Lock time in minutes")
        }
        Button {
            icon.source: "icons/lock.svg"
            text: qsTr("Lock now")
            onClicked: Session.lock()
        }
    }

    SectionTitle { text: qsTr("About") }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Brug %1. Made for intermediaries, contact women and youth-care caseworkers who work together, after \"With one hand you cannot clap\" (FORUM, 2011). Everything is stored encrypted on this device and shared only as the families agreed.").arg(Qt.application.version)
    }
}
