import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A number with big minus and plus buttons, for counting people as they come in.
FieldLabel {
    id: root
    property var form
    property string field
    property int step: 1
    property int maximum: 10000
    readonly property int value: form && form.values[field] ? Number(form.values[field]) : 0

    RowLayout {
        width: parent.width
        spacing: Theme.spacing
        RoundButton {
            icon.source: "icons/minus.svg"
            implicitWidth: 64
            implicitHeight: 64
            enabled: root.value > 0
            onClicked: root.form.setValue(root.field, Math.max(0, root.value - root.step))
            Accessible.name: qsTr("One less: %1").arg(root.label)
        }
        Label {
            text: Language.number(root.value)
            font.pixelSize: Theme.headingFont
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.minimumWidth: 72
            Accessible.name: root.label + ": " + text
        }
        RoundButton {
            icon.source: "icons/add.svg"
            implicitWidth: 64
            implicitHeight: 64
            highlighted: true
            objectName: root.field + "_plus"
            enabled: root.value < root.maximum
            onClicked: root.form.setValue(root.field, Math.min(root.maximum, root.value + root.step))
            Accessible.name: qsTr("One more: %1").arg(root.label)
        }
        Item { Layout.fillWidth: true }
    }
}
