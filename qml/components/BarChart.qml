import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// Horizontal bars for counts per category (origin, neighbourhood, risk factor ...) under a title,
// scaled to the largest count shown. A count hidden for privacy ("<5", "≥5") gets an outlined
// stub bar and its label, never a length that would give it away. Mirrors with the layout.
ColumnLayout {
    id: chart
    // [{label, value, display, suppressed}] as Reports gives them
    property var model: []
    property string title
    property color color: Theme.primary
    property string emptyText: qsTr("Nothing in this period.")
    readonly property real maxValue: model.reduce((m, item) => Math.max(m, item.value), 1)
    readonly property real labelWidth: Math.min(width * 0.42, 280)

    Layout.fillWidth: true
    spacing: 2
    Accessible.role: Accessible.Chart
    Accessible.name: title + ": " + (model.length === 0 ? emptyText
                                     : model.map(item => item.label + " " + item.display).join(", "))

    Label {
        visible: chart.title.length > 0
        text: chart.title
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.bottomMargin: 4
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        visible: chart.model.length === 0
        text: chart.emptyText
        color: Theme.muted
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Repeater {
        model: chart.model
        delegate: RowLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            Layout.preferredHeight: 36
            spacing: Theme.spacing
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.label + ": " + modelData.display

            Label {
                text: row.modelData.label
                Layout.preferredWidth: chart.labelWidth
                Layout.maximumWidth: chart.labelWidth
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.smallFont
            }
            Item {
                id: track
                Layout.fillWidth: true
                Layout.fillHeight: true
                Rectangle {
                    id: bar
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    height: 22
                    radius: 4
                    width: row.modelData.suppressed
                           ? 14
                           : (row.modelData.value > 0
                              ? Math.max(3, (track.width - valueLabel.implicitWidth - 8) * row.modelData.value / chart.maxValue)
                              : 0)
                    color: row.modelData.suppressed ? Theme.primaryLight : chart.color
                    border.color: chart.color
                    border.width: row.modelData.suppressed ? 2 : 0
                }
                Label {
                    id: valueLabel
                    anchors.left: bar.right
                    anchors.leftMargin: 6
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.modelData.display
                    font.bold: true
                    color: row.modelData.suppressed ? Theme.muted : Theme.text
                }
            }
        }
    }
}
