import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Consent, step by step: with which provider, what may be shared, for what, and how the family
// gave it. A recorded consent is shown with the choice to withdraw it.
FormPage {
    id: page
    property string familyId
    property string consentId
    property int step: 0
    readonly property bool viewing: consentId.length > 0
    readonly property var steps: [qsTr("Provider"), qsTr("What is shared"), qsTr("For what"), qsTr("How it was given")]
    title: viewing ? qsTr("Consent") : qsTr("Record consent")
    form: form
    saveText: viewing ? qsTr("Save") : step < steps.length - 1 ? qsTr("Next") : qsTr("Save consent")
    showFooter: !viewing
    onSaveClicked: {
        if (!viewing && step < steps.length - 1) {
            step++
            return
        }
        if (form.save())
            window.back()
    }

    RecordForm {
        id: form
        entity: "consent"
        Component.onCompleted: page.consentId ? load(page.consentId) : startNew({ family_id: page.familyId })
    }
    RecordView { id: stored; entity: "consent"; recordId: page.consentId }
    readonly property bool withdrawn: stored.values.withdrawn_on ? true : false

    Label {
        text: (Directory.revision, Directory.familyLabel(page.familyId || form.values.family_id || ""))
        font.pixelSize: Theme.titleFont
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    // The steps, as a row of numbered labels.
    Flow {
        visible: !page.viewing
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: page.steps
            delegate: Chip {
                required property string modelData
                required property int index
                text: (index + 1) + ". " + modelData
                checked: page.step === index
                onClicked: page.step = index
                Accessible.name: qsTr("Step %1 of %2: %3").arg(index + 1).arg(page.steps.length).arg(modelData)
            }
        }
    }

    Card {
        visible: page.viewing
        spacing: 8
        Label {
            width: parent.width
            text: page.withdrawn ? qsTr("Withdrawn on %1").arg(Language.date(stored.values.withdrawn_on, true))
                                 : qsTr("Given on %1").arg(Language.date(stored.values.given_on || "", true))
            font.bold: true
            color: page.withdrawn ? Theme.danger : Theme.success
        }
        InfoRow { label: qsTr("Provider"); value: (Directory.revision, Directory.organisationName(stored.values.provider_id || "")) }
        InfoRow { label: qsTr("Shared"); value: (Labels.revision, Labels.joined("share", stored.values.shares || [])) }
        InfoRow { label: qsTr("For"); value: stored.values.purpose ? Labels.names.purpose[stored.values.purpose] : "" }
        InfoRow { label: qsTr("How"); value: stored.values.method ? Labels.names.consent_method[stored.values.method] : "" }
        InfoRow { label: qsTr("Witness"); value: stored.values.witness || "" }
        InfoRow { label: qsTr("Reason for withdrawal"); value: stored.values.withdrawn_note || "" }
        Button {
            objectName: "withdrawButton"
            visible: !page.withdrawn && window.migrantSide
            text: qsTr("Withdraw this consent")
            onClicked: withdrawDialog.open()
        }
    }

    ColumnLayout {
        visible: !page.viewing && page.step === 0
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("With which provider may information be shared?"); wrapMode: Text.Wrap; Layout.fillWidth: true }
        Repeater {
            model: Directory.providers
            delegate: RadioDelegate {
                required property var modelData
                objectName: "provider_" + modelData.id
                Layout.fillWidth: true
                text: modelData.name + (modelData.city ? " (" + modelData.city + ")" : "")
                checked: form.values.provider_id === modelData.id
                onClicked: form.setValue("provider_id", modelData.id)
            }
        }
        Label { visible: !!form.errors.provider_id; text: form.errors.provider_id || ""; color: Theme.danger }
    }
    ColumnLayout {
        visible: !page.viewing && page.step === 1
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("What may the provider know? The code of the family is always shared."); wrapMode: Text.Wrap; Layout.fillWidth: true }
        Repeater {
            model: Labels.lists.share
            delegate: CheckDelegate {
                required property var modelData
                objectName: "share_" + modelData.code
                Layout.fillWidth: true
                checked: form.has("shares", modelData.code)
                onClicked: form.toggle("shares", modelData.code)
                Accessible.name: modelData.label
                contentItem: ColumnLayout {
                    Label { text: modelData.label; font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    Label { text: modelData.explanation; color: Theme.muted; font.pixelSize: Theme.smallFont; Layout.fillWidth: true; wrapMode: Text.Wrap }
                }
            }
        }
        Label { visible: !!form.errors.shares; text: form.errors.shares || ""; color: Theme.danger }
    }
    ColumnLayout {
        visible: !page.viewing && page.step === 2
        Layout.fillWidth: true
        spacing: Theme.spacing
        ChoiceChips { form: form; field: "purpose"; catalogue: "purpose"; multiple: false; label: qsTr("For what") }
        TextInputField { form: form; field: "purpose_note"; label: qsTr("In your words (optional)") }
    }
    ColumnLayout {
        visible: !page.viewing && page.step === 3
        Layout.fillWidth: true
        spacing: Theme.spacing
        ChoiceChips { form: form; field: "method"; catalogue: "consent_method"; multiple: false; label: qsTr("How was consent given?") }
        TextInputField {
            visible: form.values.method === "verbal_witness"
            form: form; field: "witness"; label: qsTr("Name of the witness")
        }
        ChoiceChips {
            visible: form.values.method === "interpreter"
            form: form; field: "interpreter_language"; catalogue: "language"; multiple: false
            label: qsTr("Interpreted from")
        }
        DateField { form: form; field: "given_on"; label: qsTr("Given on") }
        Card {
            Label { text: qsTr("Check with the family"); font.bold: true }
                width: parent.width
            Label {
                width: parent.width
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%1 may receive: %2. For: %3.")
                      .arg((Directory.revision, Directory.organisationName(form.values.provider_id || "")) || "…")
                      .arg((Labels.revision, Labels.joined("share", form.values.shares || [])) || "…")
                      .arg(form.values.purpose ? Labels.names.purpose[form.values.purpose] : "…")
            }
            Label {
                width: parent.width
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("The family can withdraw this consent at any time. The provider then no longer sees the information.")
            }
        }
    }

    Dialog {
        id: withdrawDialog
        objectName: "withdrawDialog"
        title: qsTr("Withdraw consent")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(480, page.width - 32)
        standardButtons: Dialog.Cancel | Dialog.Ok
        property string error
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("From today the provider no longer sees this family through this consent. Referrals that rest on it stop.")
            }
            TextField {
                id: withdrawNote
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (optional)")
                Accessible.name: qsTr("Reason for withdrawal")
            }
            Label { text: withdrawDialog.error; color: Theme.danger; visible: text.length > 0; wrapMode: Text.Wrap; Layout.fillWidth: true }
        }
        onAccepted: {
            error = Actions.withdrawConsent(page.consentId, Language.today(), withdrawNote.text)
            if (error.length > 0)
                open()
        }
    }
}
