import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// The providers: their services, fixed contact persons, address and opening hours; call them or
// show the address on a map.
AppPage {
    id: page
    title: qsTr("Directory")

    EmptyState {
        visible: Directory.providers.length === 0
        icon: "directory"
        text: qsTr("The directory is empty. It arrives with the first sync.")
    }
    Repeater {
        model: Directory.providers
        delegate: Card {
            required property var modelData
            ColumnLayout {
                width: parent.width
                spacing: 8
                Label { text: modelData.name; font.pixelSize: Theme.titleFont; font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
                Label { text: modelData.description; visible: text.length > 0; color: Theme.muted; Layout.fillWidth: true; wrapMode: Text.Wrap }
                InfoRow { icon: "place"; label: qsTr("Address"); value: modelData.address }
                InfoRow { icon: "hours"; label: qsTr("Opening hours"); value: modelData.openingHours }
                InfoRow { icon: "globe"; label: qsTr("Languages"); value: (Labels.revision, Labels.joined("language", modelData.languages)) }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Button {
                        visible: modelData.phone.length > 0
                        icon.source: "icons/phone.svg"
                        text: qsTr("Call %1").arg(modelData.phone)
                        onClicked: Qt.openUrlExternally("tel:" + modelData.phone.replace(/\s/g, ""))
                    }
                    Button {
                        visible: modelData.address.length > 0
                        icon.source: "icons/place.svg"
                        text: qsTr("Show on map")
                        onClicked: Qt.openUrlExternally("geo:0,0?q=" + encodeURIComponent(modelData.address))
                    }
                }
                Label { text: qsTr("Services"); font.bold: true; visible: modelData.services.length > 0; Layout.topMargin: 8 }
                Repeater {
                    model: modelData.services
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        Label { text: modelData.name; font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
                        Label {
                            text: [modelData.description,
                                   modelData.ageTo > 0 ? qsTr("Ages %1 to %2").arg(modelData.ageFrom).arg(modelData.ageTo) : "",
                                   modelData.intakeInfo].filter(s => s).join("\n")
                            color: Theme.muted
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Label { text: qsTr("Fixed contact persons"); font.bold: true; visible: modelData.contacts.length > 0; Layout.topMargin: 8 }
                Repeater {
                    model: modelData.contacts
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label { text: modelData.name; font.bold: true }
                            Label {
                                text: [modelData.function, modelData.availability].filter(s => s).join(" · ")
                                color: Theme.muted
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                            }
                        }
                        Button {
                            visible: modelData.phone.length > 0
                            icon.source: "icons/phone.svg"
                            text: qsTr("Call")
                            onClicked: Qt.openUrlExternally("tel:" + modelData.phone.replace(/\s/g, ""))
                            Accessible.name: qsTr("Call %1").arg(modelData.name)
                        }
                    }
                }
            }
        }
    }
}
