import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// Large tappable choices for the codes of a catalogue: one (single) or several (multiple).
FieldLabel {
    id: root
    property var form
    property string field
    property string catalogue
    property bool multiple: true
    property var items: Labels.lists[catalogue] || []
    property var filter: null        // optional function(item) -> bool
    error: form && form.errors[field] ? form.errors[field] : ""

    Flow {
        width: parent.width
        spacing: 8
        Repeater {
            model: root.filter ? root.items.filter(root.filter) : root.items
            delegate: Chip {
                required property var modelData
                objectName: root.field + "_" + modelData.code
                text: modelData.label
                checked: root.multiple ? root.form.has(root.field, modelData.code)
                                       : root.form.values[root.field] === modelData.code
                onClicked: root.multiple ? root.form.toggle(root.field, modelData.code)
                                         : root.form.setValue(root.field, checked ? modelData.code : null)
                ToolTip.visible: hovered && modelData.explanation.length > 0
                ToolTip.text: modelData.explanation
                ToolTip.delay: 600
            }
        }
    }
}
