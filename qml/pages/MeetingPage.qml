import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// A neighbourhood meeting: where, about what, in which language, who came (big counters to
// tap as people come in), what came up, and whether the provider should come and inform.
FormPage {
    id: page
    property string meetingId
    title: meetingId ? qsTr("Meeting") : qsTr("New meeting")
    form: form
    onSaveClicked: if (form.save()) window.back()

    RecordForm {
        id: form
        entity: "meeting"
        Component.onCompleted: page.meetingId ? load(page.meetingId) : startNew({})
    }

    ConflictBanner { recordId: page.meetingId }
    Card {
        spacing: Theme.spacing
        DateField { form: form; field: "date"; label: qsTr("Date") }
        ChoiceChips { form: form; field: "place_kind"; catalogue: "place"; multiple: false; label: qsTr("Where") }
        TextInputField { form: form; field: "place_name"; label: qsTr("Name of the place") }
        TextInputField { form: form; field: "neighbourhood"; label: qsTr("Neighbourhood") }
        ChoiceChips { form: form; field: "theme"; catalogue: "topic"; multiple: false; label: qsTr("Theme") }
        TextInputField { form: form; field: "theme_note"; label: qsTr("Theme in your words") }
        ChoiceChips {
            form: form; field: "language"; catalogue: "language"; multiple: false; label: qsTr("Language")
            filter: (l) => ["nl", "ar", "ber", "tr", "ku", "ak", "en", "so", "ti"].indexOf(l.code) >= 0
        }
    }

    SectionTitle { text: qsTr("Who came") }
    Card {
        GridLayout {
            width: parent.width
            columns: page.width > 700 ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing
            Counter { form: form; field: "women"; label: qsTr("Women") }
            Counter { form: form; field: "men"; label: qsTr("Men") }
            Counter { form: form; field: "children"; label: qsTr("Children") }
            Counter { form: form; field: "newcomers"; label: qsTr("Of whom for the first time") }
        }
    }

    SectionTitle { text: qsTr("What came up") }
    ChoiceChips { form: form; field: "needs"; catalogue: "topic"; label: qsTr("Questions and needs") }
    TextAreaField {
        form: form; field: "questions"; label: qsTr("In your words")
        placeholder: qsTr("What did the mothers ask, what worries them?")
        minimumLines: 4
    }

    SectionTitle { text: qsTr("The provider") }
    Card {
        SwitchField { form: form; field: "provider_present"; text: qsTr("Someone of the provider was there") }
        SwitchField { form: form; field: "provider_requested"; text: qsTr("Ask the provider to come and give information") }
        ComboBox {
            width: parent.width
            Layout.fillWidth: true
            visible: form.values.provider_present === true || form.values.provider_requested === true
            model: Directory.providers
            textRole: "name"
            valueRole: "id"
            currentIndex: Math.max(0, Directory.providers.findIndex(p => p.id === form.values.provider_id))
            onActivated: form.setValue("provider_id", currentValue)
            Component.onCompleted: if (!form.values.provider_id && Directory.providers.length > 0 && visible)
                                       form.setValue("provider_id", Directory.providers[0].id)
            Accessible.name: qsTr("Which provider")
        }
    }
}
