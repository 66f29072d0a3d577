import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Time and expenses of one activity.
FormPage {
    id: page
    property string entryId
    title: entryId ? qsTr("Time and expenses") : qsTr("Add time or expenses")
    form: form
    onSaveClicked: if (form.save()) window.back()

    RecordForm {
        id: form
        entity: "time_entry"
        Component.onCompleted: page.entryId ? load(page.entryId) : startNew({})
    }

    DateField { form: form; field: "date"; label: qsTr("Date") }
    ChoiceChips { form: form; field: "activity"; catalogue: "activity"; multiple: false; label: qsTr("Activity") }
    FieldLabel {
        label: qsTr("How long")
        error: form.errors.minutes || ""
        Flow {
            width: parent.width
            spacing: 8
            Repeater {
                model: [15, 30, 60, 90, 120, 180]
                delegate: Chip {
                    required property int modelData
                    text: Language.duration(modelData)
                    checked: Number(form.values.minutes) === modelData
                    onClicked: form.setValue("minutes", modelData)
                }
            }
            SpinBox {
                from: 0
                to: 1440
                stepSize: 5
                editable: true
                value: Number(form.values.minutes || 0)
                onValueModified: form.setValue("minutes", value)
                Accessible.name: qsTr("Minutes")
            }
        }
    }
    TextInputField {
        form: form; field: "distance_km"; label: qsTr("Travel in km")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
    }
    FieldLabel {
        label: qsTr("Expenses in euro")
        error: form.errors.expenses_cents || ""
        TextField {
            width: parent.width
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            text: form.values.expenses_cents ? Language.number(form.values.expenses_cents / 100, 2) : ""
            onTextEdited: {
                const v = Number(text.replace(",", "."))
                form.setValue("expenses_cents", text.trim() === "" ? null : isNaN(v) ? text : Math.round(v * 100))
            }
            Accessible.name: qsTr("Expenses in euro")
        }
    }
    TextInputField { form: form; field: "expense_note"; label: qsTr("What the expenses were for") }
}
