import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// What a list says when it has nothing yet, and what to do about it.
ColumnLayout {
    property string icon: "inbox"
    property string text
    Layout.fillWidth: true
    Layout.topMargin: 32
    spacing: 8
    AppIcon {
        iconName: parent.icon
        width: 48
        height: 48
        sourceSize.width: 48
        sourceSize.height: 48
        color: Theme.muted
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: parent.text
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
}
