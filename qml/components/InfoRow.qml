import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A caption and its value on one line (wrapping on a phone); hidden when there is no value.
RowLayout {
    property string label
    property string value
    property string icon
    Layout.fillWidth: true
    visible: value.length > 0
    spacing: Theme.spacing
    AppIcon {
        iconName: parent.icon
        visible: parent.icon.length > 0
        color: Theme.muted
        Layout.alignment: Qt.AlignTop
    }
    Label {
        text: parent.label
        color: Theme.muted
        Layout.preferredWidth: 150
        Layout.alignment: Qt.AlignTop
        wrapMode: Text.Wrap
    }
    Label {
        text: parent.value
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
}
