import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// Referrals per status in the order a referral moves through them, as a funnel: each stage a
// bar centred under the one before, as wide as its count. A count hidden for privacy is a small
// outlined stub with "<5" or "≥5". The stage names sit on the reading side (mirrored in Arabic).
ColumnLayout {
    id: chart
    // [{key, label, value, display, suppressed}] as Reports gives them
    property var model: []
    property string title
    property color color: Theme.primary
    readonly property real maxValue: model.reduce((m, item) => Math.max(m, item.value), 1)
    readonly property real labelWidth: Math.min(width * 0.38, 240)

    Layout.fillWidth: true
    spacing: 2
    Accessible.role: Accessible.Chart
    Accessible.name: title + ": " + model.map(item => item.label + " " + item.display).join(", ")

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
    Repeater {
        model: chart.model
        delegate: RowLayout {
            id: stage
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Layout.preferredHeight: 38
            spacing: Theme.spacing
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.label + ": " + modelData.display

            Label {
                text: stage.modelData.label
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
                    anchors.centerIn: parent
                    height: 28
                    radius: 6
                    width: stage.modelData.suppressed
                           ? 44
                           : Math.max(stage.modelData.value > 0 ? 44 : 0, track.width * stage.modelData.value / chart.maxValue)
                    // Later stages a little darker, so the funnel reads as one shape.
                    color: stage.modelData.suppressed ? Theme.primaryLight
                                                      : Qt.darker(chart.color, 1 + stage.index * 0.06)
                    border.color: chart.color
                    border.width: stage.modelData.suppressed ? 2 : 0
                }
                Label {
                    anchors.centerIn: parent
                    text: stage.modelData.display
                    font.bold: true
                    color: stage.modelData.suppressed || stage.modelData.value === 0 ? Theme.text : "white"
                }
            }
        }
    }
}
