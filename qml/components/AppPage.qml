import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A page whose content scrolls, with the app's margins and a maximum reading width on tablets.
Page {
    id: page
    property string pageName
    default property alias content: column.data
    property alias column: column
    property alias flickable: flick
    property int maxWidth: 760
    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin + 80
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width - 2 * Theme.margin, page.maxWidth)
            x: (flick.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing
        }
    }
}
