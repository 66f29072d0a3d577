import QtQuick
import Brug
import QtQuick.Layouts

// A white card with a soft border holding one group of things, stacked. A Column rather than a
// layout inside, so wrapped text gets its height at the card's width in one pass: nested
// layouts with height-for-width text give "polish loop" warnings and overlapping lines.
Rectangle {
    id: card
    default property alias content: inner.data
    property int padding: Theme.margin
    property alias spacing: inner.spacing
    Layout.fillWidth: true
    implicitWidth: 320
    implicitHeight: inner.implicitHeight + 2 * padding
    color: Theme.card
    radius: Theme.radius
    border.color: Theme.divider

    Column {
        id: inner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: card.padding
        spacing: 8
    }
}
