import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Add or change a family. Only the code is needed; the rest can come later.
FormPage {
    id: page
    property string familyId
    title: familyId ? qsTr("Edit family") : qsTr("New family")
    form: form
    onSaveClicked: if (form.save()) window.back()

    RecordForm {
        id: form
        entity: "family"
        Component.onCompleted: page.familyId ? load(page.familyId) : startNew({})
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("Lists show the code, not the name. Fill in only what the family agrees to.")
    }
    TextInputField { form: form; field: "code"; label: qsTr("Code") }
    TextInputField { form: form; field: "name"; label: qsTr("Family name") }
    TextInputField {
        form: form; field: "phone"; label: qsTr("Phone")
        inputMethodHints: Qt.ImhDialableCharactersOnly
    }
    TextInputField { form: form; field: "address"; label: qsTr("Address") }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextInputField { form: form; field: "postcode"; label: qsTr("Postcode"); Layout.preferredWidth: 140; Layout.fillWidth: false }
        TextInputField { form: form; field: "neighbourhood"; label: qsTr("Neighbourhood") }
    }
    ChoiceChips { form: form; field: "country_of_origin"; catalogue: "country"; multiple: false; label: qsTr("Country of origin") }
    ChoiceChips { form: form; field: "languages"; catalogue: "language"; label: qsTr("Languages spoken at home") }
    ChoiceChips {
        form: form; field: "preferred_language"; catalogue: "language"; multiple: false
        label: qsTr("Language they speak best")
    }

    FieldLabel {
        label: qsTr("Children")
        hint: qsTr("Birth year only; no names.")
        ColumnLayout {
            width: parent.width
            spacing: 6
            Repeater {
                model: form.values.children || []
                delegate: RowLayout {
                    required property var modelData
                    required property int index
                    width: parent.width
                    SpinBox {
                        from: 1990
                        to: new Date().getFullYear()
                        value: modelData.birth_year || new Date().getFullYear() - 5
                        editable: true
                        textFromValue: (v) => String(v)
                        onValueModified: {
                            const list = JSON.parse(JSON.stringify(form.values.children))
                            list[index].birth_year = value
                            form.setValue("children", list)
                        }
                        Accessible.name: qsTr("Birth year of child %1").arg(index + 1)
                    }
                    ComboBox {
                        model: Labels.lists.gender
                        textRole: "label"
                        valueRole: "code"
                        currentIndex: Math.max(0, model.findIndex(g => g.code === modelData.gender))
                        onActivated: {
                            const list = JSON.parse(JSON.stringify(form.values.children))
                            list[index].gender = currentValue
                            form.setValue("children", list)
                        }
                        Accessible.name: qsTr("Child %1").arg(index + 1)
                    }
                    ToolButton {
                        icon.source: "icons/close.svg"
                        onClicked: {
                            const list = JSON.parse(JSON.stringify(form.values.children))
                            list.splice(index, 1)
                            form.setValue("children", list)
                        }
                        Accessible.name: qsTr("Remove child %1").arg(index + 1)
                    }
                }
            }
            Button {
                icon.source: "icons/add.svg"
                text: qsTr("Add a child")
                flat: true
                onClicked: {
                    const list = form.values.children ? JSON.parse(JSON.stringify(form.values.children)) : []
                    list.push({ birth_year: new Date().getFullYear() - 5, gender: null })
                    form.setValue("children", list)
                }
            }
        }
    }
}
