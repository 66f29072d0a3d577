import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A labelled multi-line text bound to one field of a RecordForm.
FieldLabel {
    id: root
    property var form
    property string field
    property alias placeholder: area.placeholderText
    property int minimumLines: 3
    error: form && form.errors[field] ? form.errors[field] : ""

    TextArea {
        id: area
        objectName: "field_" + root.field
        width: parent.width
        wrapMode: TextEdit.Wrap
        text: root.form && root.form.values[root.field] ? root.form.values[root.field] : ""
        onTextChanged: if (activeFocus) root.form.setValue(root.field, text)
        Accessible.name: root.label
        topPadding: 12
        bottomPadding: 12
        height: Math.max(implicitHeight, root.minimumLines * font.pixelSize * 1.5 + 24)
        background: Rectangle {
            color: Theme.card
            radius: 8
            border.color: area.activeFocus ? Theme.primary : Theme.divider
            border.width: area.activeFocus ? 2 : 1
        }
    }
}
