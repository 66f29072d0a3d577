import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// A referral under review by the caseworker: exactly what the family's consent shares, the
// consent itself, the decisions (acknowledge, ask, plan the intake, decline, close) and the thread.
AppPage {
    id: page
    property string referralId
    property string message
    title: qsTr("Referral")

    RecordView { id: referral; entity: "referral"; recordId: page.referralId }
    RecordView { id: family; entity: "family"; recordId: referral.values.family_id || "" }
    RecordView { id: consent; entity: "consent"; recordId: referral.values.consent_id || "" }
    readonly property string status: referral.values.status || ""

    Label {
        visible: !referral.exists
        text: qsTr("This referral is no longer shared with you.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Card {
        visible: referral.exists
        spacing: 8
        RowLayout {
            width: parent.width
            Layout.fillWidth: true
            Label { text: qsTr("Family %1").arg(family.values.code || ""); font.pixelSize: Theme.titleFont; font.bold: true; Layout.fillWidth: true }
            StatusChip { status: page.status || referral.values.state || "" }
        }
        InfoRow { label: qsTr("Urgency"); value: referral.values.urgency ? Labels.names.urgency[referral.values.urgency] : "" }
        InfoRow { label: qsTr("Service"); value: (Directory.revision, Directory.serviceName(referral.values.service_id || "")) }
        InfoRow { label: qsTr("In the family's words"); value: referral.values.reason_family || "" }
        InfoRow { label: qsTr("The intermediary sees"); value: referral.values.reason_intermediary || "" }
        InfoRow { label: qsTr("Thresholds seen"); value: (Labels.revision, Labels.joined("risk_factor", referral.values.risk_factors || [])) }
        InfoRow { label: qsTr("Language"); value: referral.values.language ? Labels.names.language[referral.values.language] : "" }
        InfoRow { label: qsTr("Interpreter needed"); value: referral.values.interpreter_needed ? qsTr("yes") : "" }
        InfoRow { label: qsTr("Intermediary comes along"); value: referral.values.intermediary_joins ? qsTr("yes") : "" }
        InfoRow { label: qsTr("Intermediary"); value: (Directory.revision, Directory.userName(referral.values.intermediary_id || "")) }
    }

    SectionTitle { text: qsTr("What the family shares"); visible: referral.exists }
    Card {
        visible: referral.exists
        spacing: 8
        InfoRow { label: qsTr("Name"); value: family.values.name || "" }
        InfoRow { icon: "phone"; label: qsTr("Phone"); value: family.values.phone || "" }
        InfoRow { icon: "place"; label: qsTr("Address"); value: family.values.address || "" }
        InfoRow { label: qsTr("Neighbourhood"); value: [family.values.postcode, family.values.neighbourhood].filter(s => s).join(" ") }
        InfoRow { label: qsTr("Origin"); value: family.values.country_of_origin ? Labels.names.country[family.values.country_of_origin] : "" }
        InfoRow { label: qsTr("Languages"); value: (Labels.revision, Labels.joined("language", family.values.languages || [])) }
        InfoRow { label: qsTr("Children"); value: (family.values.children || []).map(c => c.birth_year || "?").join(", ") }
        Label {
            width: parent.width
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallFont
            text: qsTr("Consent given on %1 (%2) for: %3. Shared: %4.")
                  .arg(Language.date(consent.values.given_on || "", true))
                  .arg(consent.values.method ? Labels.names.consent_method[consent.values.method] : "")
                  .arg(consent.values.purpose ? Labels.names.purpose[consent.values.purpose] : "")
                  .arg((Labels.revision, Labels.joined("share", consent.values.shares || [])))
        }
    }

    SectionTitle { text: qsTr("Your decision"); visible: referral.exists && page.status !== "closed" }
    Flow {
        visible: referral.exists && page.status !== "closed"
        Layout.fillWidth: true
        spacing: 8
        Button {
            visible: page.status === ""
            highlighted: true
            icon.source: "icons/check.svg"
            text: qsTr("Confirm receipt")
            onClicked: page.message = Actions.acknowledge(page.referralId)
        }
        Button { text: qsTr("Ask for information"); onClicked: askDialog.open() }
        Button { text: qsTr("Plan the intake"); icon.source: "icons/calendar.svg"; onClicked: intakeDialog.open() }
        Button { visible: page.status === "intake_planned"; text: qsTr("Help has started"); onClicked: page.message = Actions.startCare(page.referralId) }
        Button { text: qsTr("Decline"); onClicked: declineDialog.open() }
        Button { text: qsTr("Close"); onClicked: closeDialog.open() }
    }
    Label { text: page.message; color: Theme.danger; visible: page.message.length > 0; wrapMode: Text.Wrap; Layout.fillWidth: true }

    SectionTitle { text: qsTr("Messages with the intermediary"); visible: referral.exists }
    MessageThread { visible: referral.exists; referralId: page.referralId }

    Dialog {
        id: askDialog
        title: qsTr("Ask for information")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(520, page.width - 32)
        standardButtons: Dialog.Cancel | Dialog.Ok
        TextArea { id: question; width: parent.width; wrapMode: TextEdit.Wrap; placeholderText: qsTr("Your question"); Accessible.name: qsTr("Your question") }
        onAccepted: { page.message = Actions.askInformation(page.referralId, question.text); if (!page.message) question.text = "" }
    }
    Dialog {
        id: intakeDialog
        title: qsTr("Plan the intake")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(520, page.width - 32)
        standardButtons: Dialog.Cancel | Dialog.Ok
        LocalForm { id: intake }
        ColumnLayout {
            width: parent.width
            DateField { form: intake; field: "intake_on"; label: qsTr("Day") }
            TextField { id: intakeTime; Layout.fillWidth: true; placeholderText: qsTr("Time, e.g. 14:30"); inputMethodHints: Qt.ImhTime; Accessible.name: qsTr("Time") }
            TextField { id: intakePlace; Layout.fillWidth: true; placeholderText: qsTr("Place"); Accessible.name: qsTr("Place") }
            CheckBox { id: interpreterBooked; text: qsTr("Interpreter booked") }
            CheckBox { id: invite; text: qsTr("Invite the intermediary to come along"); checked: referral.values.intermediary_joins === true }
        }
        onAccepted: page.message = Actions.planIntake(page.referralId, intake.values.intake_on || "", intakeTime.text,
                                                      intakePlace.text, interpreterBooked.checked, invite.checked)
    }
    Dialog {
        id: declineDialog
        title: qsTr("Decline")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(520, page.width - 32)
        standardButtons: Dialog.Cancel | Dialog.Ok
        ColumnLayout {
            width: parent.width
            TextArea { id: declineReason; Layout.fillWidth: true; wrapMode: TextEdit.Wrap; placeholderText: qsTr("Why, in words the family can understand"); Accessible.name: qsTr("Reason") }
            TextArea { id: suggestion; Layout.fillWidth: true; wrapMode: TextEdit.Wrap; placeholderText: qsTr("Where could the family go instead?"); Accessible.name: qsTr("Suggestion") }
        }
        onAccepted: page.message = Actions.decline(page.referralId, declineReason.text, suggestion.text)
    }
    Dialog {
        id: closeDialog
        title: qsTr("Close with an outcome")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(520, page.width - 32)
        standardButtons: Dialog.Cancel | Dialog.Ok
        ColumnLayout {
            width: parent.width
            ComboBox { id: outcome; Layout.fillWidth: true; model: Labels.lists.outcome; textRole: "label"; valueRole: "code"; Accessible.name: qsTr("Outcome") }
            TextArea { id: outcomeNote; Layout.fillWidth: true; wrapMode: TextEdit.Wrap; placeholderText: qsTr("Note (optional)"); Accessible.name: qsTr("Note") }
        }
        onAccepted: page.message = Actions.close(page.referralId, outcome.currentValue, outcomeNote.text)
    }
}
