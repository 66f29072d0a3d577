import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Shown on a record when the same field was changed elsewhere at the same time: both values,
// and the choice which one to keep.
ColumnLayout {
    id: banner
    property string recordId
    Layout.fillWidth: true
    visible: conflicts.count > 0
    spacing: 8

    ConflictListModel { id: conflicts; recordId: banner.recordId }

    Repeater {
        model: conflicts
        delegate: Pane {
            required property string conflictId
            required property string field
            required property string kept
            required property string other
            Layout.fillWidth: true
            background: Rectangle { color: Theme.warningBack; radius: Theme.radius; border.color: Theme.warning }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 6
                RowLayout {
                    AppIcon { iconName: "warning"; color: Theme.warning }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.bold: true
                        color: Theme.warning
                        text: qsTr("This was changed in two places at once.")
                    }
                }
                Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Now: %1").arg(kept) }
                Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: qsTr("Other version: %1").arg(other) }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Button { text: qsTr("Keep this one"); onClicked: conflicts.keepCurrent(conflictId) }
                    Button { text: qsTr("Use the other version"); onClicked: conflicts.keepOther(conflictId) }
                }
            }
        }
    }
}
