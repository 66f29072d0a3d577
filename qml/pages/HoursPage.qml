import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Hours and expenses of a month, for the volunteers' reimbursement in the cooperation agreement.
AppPage {
    id: page
    title: qsTr("Hours and expenses")

    HoursModel { id: hours }

    RowLayout {
        Layout.fillWidth: true
        ToolButton {
            icon.source: "icons/back.svg"
            rotation: Language.rtl ? 180 : 0
            onClicked: hours.previousMonth()
            Accessible.name: qsTr("Previous month")
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: Language.monthName(hours.year, hours.month)
            font.pixelSize: Theme.titleFont
            font.bold: true
        }
        ToolButton {
            icon.source: "icons/forward.svg"
            rotation: Language.rtl ? 180 : 0
            onClicked: hours.nextMonth()
            Accessible.name: qsTr("Next month")
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: page.width > 600 ? 3 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: [
                { label: qsTr("Time"), value: Language.duration(hours.totalMinutes), icon: "hours" },
                { label: qsTr("Travel"), value: qsTr("%1 km").arg(Language.number(hours.totalKm, 1)), icon: "place" },
                { label: qsTr("Expenses"), value: Language.money(hours.totalExpensesCents), icon: "money" }
            ]
            delegate: Card {
                required property var modelData
                RowLayout {
                    width: parent.width
                    AppIcon { iconName: modelData.icon; color: Theme.primary }
                    ColumnLayout {
                        Label { text: modelData.label; color: Theme.muted; font.pixelSize: Theme.smallFont }
                        Label { text: modelData.value; font.pixelSize: Theme.titleFont; font.bold: true }
                    }
                }
                Accessible.name: modelData.label + ": " + modelData.value
            }
        }
    }

    Button {
        highlighted: true
        icon.source: "icons/add.svg"
        text: qsTr("Add time or expenses")
        Layout.preferredHeight: 56
        onClicked: window.push("TimeEntryPage.qml", {})
    }
    EmptyState {
        visible: hours.count === 0
        icon: "hours"
        text: qsTr("Nothing recorded this month.")
    }
    Repeater {
        model: hours
        delegate: ItemDelegate {
            required property string entryId
            required property string date
            required property string activity
            required property int minutes
            required property double km
            required property int expensesCents
            required property string note
            Layout.fillWidth: true
            height: 68
            background: Rectangle { color: Theme.card; radius: Theme.radius; border.color: Theme.divider }
            onClicked: window.push("TimeEntryPage.qml", { entryId: entryId })
            Accessible.name: line1.text + ". " + line2.text
            contentItem: RowLayout {
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label { id: line1; text: Labels.names.activity[activity] || activity; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label {
                        id: line2
                        text: [Language.date(date), km > 0 ? qsTr("%1 km").arg(Language.number(km, 1)) : "",
                               expensesCents > 0 ? Language.money(expensesCents) : "", note].filter(s => s).join(" · ")
                        color: Theme.muted
                        font.pixelSize: Theme.smallFont
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                }
                Label { text: Language.duration(minutes); font.bold: true }
            }
        }
    }
}
