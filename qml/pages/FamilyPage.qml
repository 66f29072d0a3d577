import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// One family: who they are, and everything on one timeline (visits, consents, referrals,
// messages), with the next steps at hand.
AppPage {
    id: page
    property string familyId
    title: family.values.code ? qsTr("Family %1").arg(family.values.code) : qsTr("Family")

    RecordView { id: family; entity: "family"; recordId: page.familyId }
    TimelineModel { id: timeline; familyId: page.familyId }

    ConflictBanner { recordId: page.familyId }

    Card {
        spacing: 8
        RowLayout {
            width: parent.width
            Layout.fillWidth: true
            Label {
                text: family.values.name || family.values.code || ""
                font.pixelSize: Theme.headingFont
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Button {
                visible: window.migrantSide
                icon.source: "icons/edit.svg"
                text: qsTr("Edit")
                flat: true
                onClicked: window.push("FamilyEditPage.qml", { familyId: page.familyId })
            }
        }
        InfoRow { label: qsTr("Code"); value: family.values.code || "" }
        InfoRow { icon: "phone"; label: qsTr("Phone"); value: family.values.phone || "" }
        InfoRow { icon: "place"; label: qsTr("Address"); value: family.values.address || "" }
        InfoRow {
            label: qsTr("Neighbourhood")
            value: [family.values.postcode, family.values.neighbourhood].filter(s => s).join(" ")
        }
        InfoRow {
            label: qsTr("Origin")
            value: family.values.country_of_origin ? (Labels.names.country[family.values.country_of_origin] || "") : ""
        }
        InfoRow {
            label: qsTr("Languages")
            value: (Labels.revision, Labels.joined("language", family.values.languages || []))
        }
        InfoRow {
            label: qsTr("Speaks best")
            value: family.values.preferred_language ? (Labels.names.language[family.values.preferred_language] || "") : ""
        }
        InfoRow {
            label: qsTr("Children")
            value: (family.values.children || []).map(c => c.birth_year
                      ? qsTr("born %1").arg(c.birth_year) + (c.gender ? " (" + Labels.names.gender[c.gender] + ")" : "")
                      : qsTr("age unknown")).join(", ")
        }
        InfoRow {
            label: qsTr("Intermediary")
            value: (Directory.revision, Directory.userName(family.values.intermediary_id || ""))
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8
        visible: window.migrantSide
        Button {
            highlighted: true
            icon.source: "icons/visit.svg"
            text: qsTr("Record a visit")
            onClicked: window.push("VisitPage.qml", { familyId: page.familyId })
        }
        Button {
            icon.source: "icons/consent.svg"
            text: qsTr("Record consent")
            onClicked: window.push("ConsentPage.qml", { familyId: page.familyId })
        }
        Button {
            icon.source: "icons/referral.svg"
            text: qsTr("Refer")
            onClicked: window.push("ReferralPage.qml", { familyId: page.familyId })
        }
    }

    SectionTitle { text: qsTr("History") }
    EmptyState {
        visible: timeline.count === 0
        icon: "visit"
        text: qsTr("Nothing recorded yet.")
    }
    Repeater {
        model: timeline
        delegate: TimelineItem {
            onOpened: (kind, id, referralId) => {
                if (kind === "visit")
                    window.push("VisitPage.qml", { familyId: page.familyId, visitId: id })
                else if (kind === "consent" || kind === "consent_withdrawn")
                    window.push("ConsentPage.qml", { familyId: page.familyId, consentId: id })
                else
                    window.push("ReferralPage.qml", { referralId: referralId })
            }
        }
    }
}
