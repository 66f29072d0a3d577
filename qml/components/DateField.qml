import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// A date chosen on a calendar (no typing), shown in the user's language; optional quick picks
// such as "in a week" for follow-ups.
FieldLabel {
    id: root
    property var form
    property string field
    property bool clearable: false
    property var quickDays: []       // e.g. [7, 14]: buttons for today + n days
    readonly property string value: form && form.values[field] ? form.values[field] : ""
    error: form && form.errors[field] ? form.errors[field] : ""

    function isoOf(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0")
    }

    Flow {
        width: parent.width
        spacing: 8
        Button {
            icon.source: "icons/calendar.svg"
            text: root.value ? Language.date(root.value, true) : qsTr("Choose a day")
            onClicked: {
                const d = root.value ? new Date(root.value + "T12:00:00") : new Date()
                picker.year = d.getFullYear()
                picker.month = d.getMonth()
                picker.open()
            }
            Accessible.name: root.label + ": " + text
        }
        Repeater {
            model: root.quickDays
            delegate: Button {
                required property int modelData
                flat: true
                text: qsTr("In %n day(s)", "", modelData)
                onClicked: {
                    const d = new Date()
                    d.setDate(d.getDate() + modelData)
                    root.form.setValue(root.field, root.isoOf(d))
                }
            }
        }
        Button {
            visible: root.clearable && root.value.length > 0
            flat: true
            text: qsTr("No date")
            onClicked: root.form.setValue(root.field, null)
        }
    }

    Popup {
        id: picker
        property int year: 2026
        property int month: 0
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(360, Overlay.overlay ? Overlay.overlay.width - 32 : 360)
        padding: Theme.margin

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    icon.source: "icons/back.svg"
                    icon.color: Theme.text
                    LayoutMirroring.enabled: false
                    rotation: Language.rtl ? 180 : 0
                    onClicked: { if (picker.month === 0) { picker.month = 11; picker.year-- } else picker.month-- }
                    Accessible.name: qsTr("Previous month")
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Language.monthName(picker.year, picker.month + 1)
                    font.bold: true
                }
                ToolButton {
                    icon.source: "icons/forward.svg"
                    icon.color: Theme.text
                    rotation: Language.rtl ? 180 : 0
                    onClicked: { if (picker.month === 11) { picker.month = 0; picker.year++ } else picker.month++ }
                    Accessible.name: qsTr("Next month")
                }
            }
            DayOfWeekRow {
                Layout.fillWidth: true
                locale: Qt.locale(Language.code === "ar" ? "ar_MA" : Language.code)
            }
            MonthGrid {
                id: grid
                Layout.fillWidth: true
                month: picker.month
                year: picker.year
                locale: Qt.locale(Language.code === "ar" ? "ar_MA" : Language.code)
                delegate: Label {
                    required property var model
                    text: model.day
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    opacity: model.month === grid.month ? 1 : 0.35
                    height: 44
                    color: root.value === root.isoOf(model.date) ? "white" : Theme.text
                    background: Rectangle {
                        visible: root.value === root.isoOf(model.date) || model.today
                        color: root.value === root.isoOf(model.date) ? Theme.primary : "transparent"
                        border.color: Theme.primary
                        radius: 22
                    }
                }
                onClicked: date => { root.form.setValue(root.field, root.isoOf(date)); picker.close() }
            }
            Button {
                Layout.alignment: Qt.AlignHCenter
                flat: true
                text: qsTr("Today")
                onClicked: { root.form.setValue(root.field, root.isoOf(new Date())); picker.close() }
            }
        }
    }
}
