import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// One family in a list: the name where this device holds it (else the code) large, the code and
// the area below.
ItemDelegate {
    id: row
    property string familyId
    property string code
    property string name
    property string neighbourhood
    Layout.fillWidth: true
    width: ListView.view ? ListView.view.width : implicitWidth
    height: 68
    Accessible.name: [code, name, neighbourhood].filter(s => s && s.length).join(", ")
    contentItem: RowLayout {
        spacing: Theme.spacing
        Rectangle {
            Layout.preferredWidth: 44
            Layout.preferredHeight: 44
            radius: 22
            color: Theme.primaryLight
            Label {
                anchors.centerIn: parent
                text: (row.name || row.code.replace("F-", "")).substring(0, 1)
                color: Theme.primary
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: row.name ? row.name : row.code
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: [row.name ? row.code : "", row.neighbourhood].filter(s => s && s.length).join(" · ")
                color: Theme.muted
                font.pixelSize: Theme.smallFont
                elide: Text.ElideRight
                Layout.fillWidth: true
                visible: text.length > 0
            }
        }
        AppIcon { iconName: "forward"; directional: true; color: Theme.muted }
    }
}
