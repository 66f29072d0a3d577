import QtQuick
import Brug
import QtQuick.Controls.impl

// A monochrome icon from qml/icons, tinted; icons that point (back, forward) mirror in
// right-to-left layouts.
IconImage {
    property string iconName
    property bool directional: false
    source: iconName ? Qt.resolvedUrl("icons/" + iconName + ".svg") : ""
    sourceSize.width: 24
    sourceSize.height: 24
    width: 24
    height: 24
    color: Theme.text
    mirror: directional && LayoutMirroring.enabled
}
