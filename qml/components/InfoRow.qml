import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A caption and its value: side by side on a tablet, the caption above the value on a phone;
// hidden when there is no value. Plain anchors rather than a layout, so wrapped text always
// gets the height it needs (anchors mirror for right-to-left).
Item {
    id: row
    property string label
    property string value
    property string icon
    readonly property bool narrow: width < 440
    readonly property int indent: 32
    Layout.fillWidth: true
    width: parent ? parent.width : implicitWidth
    visible: value.length > 0
    implicitHeight: narrow ? caption.height + 2 + content.height : Math.max(caption.height, content.height, 24)
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    AppIcon {
        iconName: row.icon
        visible: row.icon.length > 0
        color: Theme.muted
        anchors.left: parent.left
        anchors.top: parent.top
    }
    Label {
        id: caption
        text: row.label
        color: Theme.muted
        font.pixelSize: row.narrow ? Theme.smallFont : Theme.fontSize
        wrapMode: Text.Wrap
        anchors.left: parent.left
        anchors.leftMargin: row.indent
        anchors.top: parent.top
        width: row.narrow ? row.width - row.indent : 160
    }
    Label {
        id: content
        text: row.value
        wrapMode: Text.Wrap
        anchors.left: parent.left
        anchors.leftMargin: row.narrow ? row.indent : row.indent + 160 + 12
        anchors.top: row.narrow ? caption.bottom : parent.top
        anchors.topMargin: row.narrow ? 2 : 0
        width: row.width - anchors.leftMargin
    }
}
