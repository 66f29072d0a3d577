import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A yes/no field as a switch with its text beside it.
Switch {
    id: root
    property var form
    property string field
    Layout.fillWidth: true
    width: parent ? parent.width : implicitWidth
    checked: form && form.values[field] === true
    onToggled: form.setValue(field, checked)
    Accessible.name: text
    contentItem: Label {
        text: root.text
        wrapMode: Text.Wrap
        leftPadding: root.mirrored ? 0 : root.indicator.width + root.spacing
        rightPadding: root.mirrored ? root.indicator.width + root.spacing : 0
        verticalAlignment: Text.AlignVCenter
    }
}
