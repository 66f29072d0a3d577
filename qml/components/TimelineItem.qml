import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// One entry of a family's history.
ItemDelegate {
    id: item
    required property string kind
    required property string itemId
    required property string date
    required property string status
    required property string detail
    required property var codes
    required property string author
    required property string referralId
    signal opened(string kind, string id, string referralId)

    Layout.fillWidth: true
    onClicked: opened(kind, itemId, referralId)
    Accessible.name: heading.text + ". " + body.text
    background: Rectangle { color: Theme.card; radius: Theme.radius; border.color: Theme.divider }

    readonly property string iconName: kind === "visit" ? "visit" : kind === "message" ? "chat"
                                 : kind === "referral" ? "referral" : "consent"
    readonly property string title: {
        switch (kind) {
        case "visit": return qsTr("Home visit")
        case "consent": return qsTr("Consent for %1").arg((Directory.revision, Directory.organisationName(detail)))
        case "consent_withdrawn": return qsTr("Consent withdrawn (%1)").arg((Directory.revision, Directory.organisationName(detail)))
        case "referral": return qsTr("Referral to %1").arg((Directory.revision, Directory.organisationName(detail)))
        case "message": return status ? qsTr("Status: %1").arg(Labels.names.referral_status[status] || status)
                                      : qsTr("Message from %1").arg((Directory.revision, Directory.userName(author)))
        }
        return ""
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        AppIcon { iconName: item.iconName; color: Theme.primary; Layout.alignment: Qt.AlignTop }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    id: heading
                    text: item.title
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label { text: Language.date(item.date); color: Theme.muted; font.pixelSize: Theme.smallFont }
            }
            StatusChip { status: item.kind === "referral" ? item.status : "" }
            Label {
                id: body
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                maximumLineCount: 3
                elide: Text.ElideRight
                text: item.kind === "visit" ? [Labels.joined("risk_factor", item.codes), item.detail].filter(s => s).join(" — ")
                    : item.kind === "consent" ? Labels.joined("share", item.codes)
                    : item.kind === "message" ? item.detail : ""
                visible: text.length > 0
            }
        }
    }
}
