import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// The four languages, each written in itself; switching takes effect at once.
Flow {
    property bool light: false
    spacing: 8
    Repeater {
        model: Language.languages
        delegate: Chip {
            required property var modelData
            text: modelData.name
            checked: Language.code === modelData.code
            tint: parent.light ? Theme.accent : Theme.primary
            onClicked: Language.code = modelData.code
        }
    }
}
