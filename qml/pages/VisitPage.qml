import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// A home visit in about a minute: when, how long, who was there, what was discussed, which
// thresholds were seen (by cluster, with plain explanations), what was done, and what next.
FormPage {
    id: page
    property string familyId
    property string visitId
    title: visitId ? qsTr("Home visit") : qsTr("New home visit")
    form: form
    onSaveClicked: if (form.save()) window.back()

    RecordForm {
        id: form
        entity: "visit"
        Component.onCompleted: {
            if (page.visitId)
                load(page.visitId)
            else
                startNew({ family_id: page.familyId, language: family.values.preferred_language || null })
        }
    }
    RecordView { id: family; entity: "family"; recordId: page.familyId }

    Label {
        text: (Directory.revision, Directory.familyLabel(page.familyId))
        font.pixelSize: Theme.titleFont
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    ConflictBanner { recordId: page.visitId }

    Card {
        spacing: Theme.spacing
        DateField { form: form; field: "date"; label: qsTr("Date of the visit") }
        FieldLabel {
            label: qsTr("How long")
            error: form.errors.duration_min || ""
            Flow {
                width: parent.width
                spacing: 8
                Repeater {
                    model: [30, 45, 60, 90, 120]
                    delegate: Chip {
                        required property int modelData
                        text: Language.duration(modelData)
                        checked: Number(form.values.duration_min) === modelData
                        onClicked: form.setValue("duration_min", modelData)
                    }
                }
                SpinBox {
                    from: 0
                    to: 600
                    stepSize: 5
                    editable: true
                    value: Number(form.values.duration_min || 0)
                    onValueModified: form.setValue("duration_min", value)
                    Accessible.name: qsTr("Minutes")
                }
            }
        }
        ChoiceChips { form: form; field: "present"; catalogue: "person"; label: qsTr("Who was there") }
        ChoiceChips { form: form; field: "language"; catalogue: "language"; multiple: false; label: qsTr("Language spoken") }
        ChoiceChips { form: form; field: "interpreter"; catalogue: "interpreter"; multiple: false; label: qsTr("Interpreter") }
    }

    SectionTitle { text: qsTr("What was discussed") }
    ChoiceChips { form: form; field: "topics"; catalogue: "topic"; label: "" }

    SectionTitle { text: qsTr("What stands in the way") }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("Tap what you noticed during the visit.")
    }
    Repeater {
        model: Labels.lists.risk_cluster
        delegate: Card {
            required property var modelData
            ColumnLayout {
                width: parent.width
                Label { text: modelData.label; font.bold: true; color: Theme.primary }
                Repeater {
                    model: Labels.lists.risk_factor.filter(rf => rf.group === modelData.code)
                    delegate: CheckDelegate {
                        required property var modelData
                        objectName: "risk_" + modelData.code
                        Layout.fillWidth: true
                        checked: form.has("risk_factors", modelData.code)
                        onClicked: form.toggle("risk_factors", modelData.code)
                        Accessible.name: modelData.label
                        Accessible.description: modelData.explanation
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label { text: modelData.label; Layout.fillWidth: true; wrapMode: Text.Wrap }
                            Label {
                                text: modelData.explanation
                                color: Theme.muted
                                font.pixelSize: Theme.smallFont
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }

    SectionTitle { text: qsTr("What you did") }
    ChoiceChips {
        form: form; field: "actions"; catalogue: "action"; label: ""
        filter: (a) => a.group !== "provider"
    }

    SectionTitle { text: qsTr("Notes and next step") }
    TextAreaField {
        form: form; field: "note"; label: qsTr("Private note")
        placeholder: qsTr("Only your organisation sees this note.")
        minimumLines: 4
    }
    DateField {
        form: form; field: "follow_up_on"; label: qsTr("Visit again on")
        clearable: true
        quickDays: [7, 14]
    }
}
