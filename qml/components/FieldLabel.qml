import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A form field's caption and, under the control, its error in plain words.
ColumnLayout {
    id: field
    property string label
    property string error
    property string hint
    default property alias control: holder.data
    Layout.fillWidth: true
    width: parent ? parent.width : implicitWidth
    spacing: 4

    Label {
        text: field.label
        font.pixelSize: Theme.smallFont
        font.bold: true
        color: field.error ? Theme.danger : Theme.muted
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: text.length > 0
    }
    Item {
        id: holder
        Layout.fillWidth: true
        implicitHeight: childrenRect.height
    }
    Label {
        text: field.error || field.hint
        visible: text.length > 0
        color: field.error ? Theme.danger : Theme.muted
        font.pixelSize: Theme.smallFont
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
}
