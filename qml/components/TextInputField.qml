import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A labelled single-line text field bound to one field of a RecordForm.
FieldLabel {
    id: root
    property var form
    property string field
    property alias placeholder: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias echoMode: input.echoMode
    property alias input: input
    error: form && form.errors[field] ? form.errors[field] : ""

    TextField {
        id: input
        objectName: "field_" + root.field
        width: parent.width
        text: root.form && root.form.values[root.field] !== undefined && root.form.values[root.field] !== null
              ? String(root.form.values[root.field]) : ""
        onTextEdited: root.form.setValue(root.field, text)
        Accessible.name: root.label
        selectByMouse: true
    }
}
