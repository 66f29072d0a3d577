import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Over everything while the store is closed: choose a passphrase the first time, unlock
// afterwards, or say plainly that the device was erased.
Rectangle {
    id: lock
    color: Theme.primary

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        spacing: Theme.spacing

        AppIcon {
            iconName: Session.state === Session.Wiped ? "warning" : "lock"
            color: "white"
            width: 56
            height: 56
            sourceSize.width: 56
            sourceSize.height: 56
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Brug")
            color: "white"
            font.pixelSize: 34
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: "white"
            text: Session.state === Session.NoStore
                  ? qsTr("Welcome. Choose a passphrase. It protects the families' data on this device; nobody can open it without the passphrase.")
                  : Session.state === Session.Wiped
                  ? qsTr("This device was taken out of use by your coordinator, and its data was erased.")
                  : qsTr("Enter your passphrase to open Brug.")
        }

        Pane {
            Layout.fillWidth: true
            visible: Session.state !== Session.Wiped
            background: Rectangle { color: Theme.card; radius: Theme.radius }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacing
                TextField {
                    id: pass
                    objectName: "passphrase"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase")
                    Accessible.name: qsTr("Passphrase")
                    focus: true
                    onAccepted: go.clicked()
                }
                TextField {
                    id: repeat
                    objectName: "passphraseRepeat"
                    visible: Session.state === Session.NoStore
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("The same passphrase again")
                    Accessible.name: qsTr("Repeat the passphrase")
                    onAccepted: go.clicked()
                }
                Label {
                    visible: Session.error.length > 0
                    text: Session.error
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    id: go
                    objectName: "unlockButton"
                    Layout.fillWidth: true
                    highlighted: true
                    text: Session.state === Session.NoStore ? qsTr("Start") : qsTr("Open")
                    onClicked: {
                        const ok = Session.state === Session.NoStore ? Session.createStore(pass.text, repeat.text)
                                                                      : Session.unlock(pass.text)
                        if (ok) { pass.text = ""; repeat.text = "" }
                    }
                }
            }
        }
        LanguagePicker {
            Layout.alignment: Qt.AlignHCenter
            light: true
        }
    }
}
