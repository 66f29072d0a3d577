import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// A referral from the referring side: written as a draft, sent only on the family's consent,
// then followed: its status, the intake, and the thread with the caseworker.
FormPage {
    id: page
    property string familyId
    property string referralId
    readonly property string state: stored.values.state || "draft"
    readonly property bool editable: state === "draft" && window.migrantSide
    readonly property var consents: (Directory.revision, form.values.provider_id
                                     ? Directory.activeConsents(form.values.family_id || page.familyId, form.values.provider_id) : [])
    property string sendError
    title: referralId ? qsTr("Referral") : qsTr("New referral")
    form: form
    showFooter: editable
    saveText: qsTr("Save draft")
    onSaveClicked: if (form.save()) page.referralId = form.recordId

    RecordForm {
        id: form
        entity: "referral"
        Component.onCompleted: page.referralId ? load(page.referralId) : startNew({ family_id: page.familyId })
        onValuesChanged: {
            // The consent must match the provider: pick the only one, drop one that no longer fits.
            if (!page.editable)
                return
            const ids = page.consents.map(c => c.id)
            if (values.consent_id && ids.indexOf(values.consent_id) < 0)
                setValue("consent_id", null)
            else if (!values.consent_id && ids.length === 1)
                setValue("consent_id", ids[0])
        }
    }
    RecordView { id: stored; entity: "referral"; recordId: page.referralId }

    Label {
        text: (Directory.revision, Directory.familyLabel(form.values.family_id || page.familyId))
        font.pixelSize: Theme.titleFont
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    ConflictBanner { recordId: page.referralId }

    // Status, once sent.
    Card {
        visible: !page.editable
        spacing: 8
        RowLayout {
            width: parent.width
            Layout.fillWidth: true
            Label {
                text: (Directory.revision, Directory.organisationName(stored.values.provider_id || ""))
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            StatusChip { status: stored.values.status || stored.values.state || "" }
        }
        InfoRow { label: qsTr("Service"); value: (Directory.revision, Directory.serviceName(stored.values.service_id || "")) }
        InfoRow { label: qsTr("Sent"); value: Language.dateTime(stored.values.sent_at || 0) }
        InfoRow { label: qsTr("Question"); value: stored.values.status === "more_info" ? (stored.values.question || "") : "" }
        InfoRow {
            icon: "calendar"
            label: qsTr("Intake")
            value: stored.values.intake_on ? [Language.date(stored.values.intake_on, true), stored.values.intake_time || "",
                                              stored.values.intake_place || ""].filter(s => s).join(" · ") : ""
        }
        InfoRow { label: qsTr("Interpreter booked"); value: stored.values.intake_on ? (stored.values.interpreter_booked ? qsTr("yes") : qsTr("no")) : "" }
        InfoRow { label: qsTr("You are invited"); value: stored.values.intermediary_invited ? qsTr("yes") : "" }
        InfoRow { label: qsTr("Why not"); value: stored.values.decline_reason || "" }
        InfoRow { label: qsTr("Suggestion"); value: stored.values.suggestion || "" }
        InfoRow { label: qsTr("Outcome"); value: stored.values.outcome ? Labels.names.outcome[stored.values.outcome] : "" }
        InfoRow { label: qsTr("Reason (family)"); value: stored.values.reason_family || "" }
        Button {
            visible: window.migrantSide && page.state === "sent" && !stored.values.status
            text: qsTr("Withdraw referral")
            flat: true
            onClicked: page.sendError = Actions.withdrawReferral(page.referralId)
        }
    }

    // The draft.
    ColumnLayout {
        visible: page.editable
        Layout.fillWidth: true
        spacing: Theme.spacing
        FieldLabel {
            label: qsTr("To which provider")
            error: form.errors.provider_id || ""
            ComboBox {
                objectName: "providerBox"
                width: parent.width
                model: Directory.providers
                textRole: "name"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Choose a provider") : currentText
                currentIndex: Directory.providers.findIndex(p => p.id === form.values.provider_id)
                onActivated: { form.setValue("provider_id", currentValue); form.setValue("service_id", null) }
                Accessible.name: qsTr("Provider")
            }
        }
        FieldLabel {
            label: qsTr("Service")
            visible: !!form.values.provider_id
            ComboBox {
                id: serviceBox
                width: parent.width
                model: form.values.provider_id ? (Directory.revision, Directory.services(form.values.provider_id)) : []
                textRole: "name"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Choose a service") : currentText
                currentIndex: model.findIndex ? model.findIndex(s => s.id === form.values.service_id) : -1
                onActivated: form.setValue("service_id", currentValue)
                Accessible.name: qsTr("Service")
            }
        }
        FieldLabel {
            label: qsTr("Consent it rests on")
            visible: !!form.values.provider_id
            error: page.consents.length === 0 ? qsTr("There is no consent of this family for this provider yet.") : ""
            ColumnLayout {
                width: parent.width
                Repeater {
                    model: page.consents
                    delegate: RadioDelegate {
                        required property var modelData
                        objectName: "consent_" + modelData.id
                        Layout.fillWidth: true
                        text: qsTr("Given on %1: %2").arg(Language.date(modelData.givenOn)).arg(Labels.joined("share", modelData.shares))
                        checked: form.values.consent_id === modelData.id
                        onClicked: form.setValue("consent_id", modelData.id)
                    }
                }
                Button {
                    visible: page.consents.length === 0
                    icon.source: "icons/consent.svg"
                    text: qsTr("Record consent now")
                    onClicked: window.push("ConsentPage.qml", { familyId: form.values.family_id || page.familyId })
                }
            }
        }
        TextAreaField {
            form: form; field: "reason_family"; label: qsTr("The reason, in the family's own words")
            placeholder: qsTr("What does the family want help with?")
        }
        TextAreaField {
            form: form; field: "reason_intermediary"; label: qsTr("What you see")
            placeholder: qsTr("Your view, for the caseworker")
        }
        ChoiceChips { form: form; field: "urgency"; catalogue: "urgency"; multiple: false; label: qsTr("How soon") }
        ChoiceChips {
            form: form; field: "language"; catalogue: "language"; multiple: false; label: qsTr("Language for the talks")
        }
        SwitchField { form: form; field: "interpreter_needed"; text: qsTr("An interpreter is needed") }
        SwitchField { form: form; field: "intermediary_joins"; text: qsTr("I will go along to the intake") }

        Label { text: page.sendError; color: Theme.danger; visible: page.sendError.length > 0; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            highlighted: true
            icon.source: "icons/referral.svg"
            objectName: "sendButton"
            text: qsTr("Send to the provider")
            enabled: !!form.values.consent_id
            onClicked: {
                if (!form.save())
                    return
                page.referralId = form.recordId
                page.sendError = Actions.sendReferral(page.referralId)
            }
        }
    }

    SectionTitle { text: qsTr("Messages"); visible: !page.editable }
    MessageThread {
        visible: !page.editable
        referralId: page.referralId
    }
}
