import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A white card with a soft border holding one group of things.
Pane {
    Layout.fillWidth: true
    padding: Theme.margin
    background: Rectangle {
        color: Theme.card
        radius: Theme.radius
        border.color: Theme.divider
    }
}
