import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Controls.impl

// A choice as a pill: outlined when off, filled with a tick when on; at least 48 px high so a
// thumb hits it, and in sentence case so words stay readable.
AbstractButton {
    id: chip
    property color tint: Theme.primary
    checkable: true
    implicitHeight: 48
    implicitWidth: Math.max(48, row.implicitWidth + 28)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        y: 4
        height: parent.height - 8
        radius: height / 2
        color: chip.checked ? chip.tint : chip.down ? Theme.primaryLight : Theme.card
        border.color: chip.checked ? chip.tint : chip.visualFocus ? chip.tint : "#B8BFC4"
        border.width: chip.visualFocus ? 2 : 1
    }
    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 6
            IconImage {
                visible: chip.checked
                source: "icons/check.svg"
                sourceSize.width: 18
                sourceSize.height: 18
                color: "white"
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: chip.text
                color: chip.checked ? "white" : Theme.text
                font.pixelSize: Theme.fontSize - 1
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
