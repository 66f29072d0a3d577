import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material

// The four languages, each written in itself; switching takes effect at once.
Flow {
    property bool light: false
    spacing: 8
    Repeater {
        model: Language.languages
        delegate: Button {
            required property var modelData
            text: modelData.name
            flat: Language.code !== modelData.code
            highlighted: Language.code === modelData.code
            checkable: true
            checked: Language.code === modelData.code
            onClicked: Language.code = modelData.code
            Accessible.name: modelData.name
            Material.foreground: parent.light && !checked ? "white" : Theme.text
        }
    }
}
