import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// All families, found as you type by code, name or neighbourhood.
Page {
    id: page
    property bool pickForVisit: false
    title: pickForVisit ? qsTr("Visit which family?") : qsTr("Families")
    background: Rectangle { color: Theme.background }

    FamilyListModel { id: families; query: search.text }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        TextField {
            id: search
            objectName: "familySearch"
            Layout.fillWidth: true
            Layout.maximumWidth: 760
            Layout.alignment: Qt.AlignHCenter
            placeholderText: qsTr("Search by code, name or neighbourhood")
            leftPadding: 44
            rightPadding: 44
            Accessible.name: qsTr("Search families")
            inputMethodHints: Qt.ImhNoPredictiveText
            AppIcon {
                iconName: "search"
                color: Theme.muted
                anchors.verticalCenter: parent.verticalCenter
                x: Language.rtl ? parent.width - width - 12 : 12
            }
        }
        Label {
            text: search.text.length > 0 ? qsTr("%n family(ies) found", "", families.total)
                                         : qsTr("%n family(ies)", "", families.total)
            color: Theme.muted
            font.pixelSize: Theme.smallFont
            Layout.maximumWidth: 760
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignHCenter
        }
        ListView {
            id: list
            objectName: "familyList"
            Layout.fillWidth: true
            Layout.maximumWidth: 760
            Layout.alignment: Qt.AlignHCenter
            Layout.fillHeight: true
            clip: true
            model: families
            spacing: 6
            reuseItems: true
            ScrollIndicator.vertical: ScrollIndicator {}
            // A refresh (a sync, a save elsewhere) keeps the user's place in the list; a new
            // search starts at the top. The model keeps the rows it had paged in (refresh()).
            property int keptIndex: 0
            property string shownQuery: ""
            Connections {
                target: families
                function onModelAboutToBeReset() { list.keptIndex = list.indexAt(10, list.contentY + 10) }
                function onModelReset() {
                    // After the view has handled the reset itself (it goes back to the top).
                    if (families.query === list.shownQuery && list.keptIndex > 0)
                        Qt.callLater(list.positionViewAtIndex, list.keptIndex, ListView.Beginning)
                    list.shownQuery = families.query
                }
            }
            delegate: FamilyRow {
                required property var model
                familyId: model.familyId
                code: model.code
                name: model.name
                neighbourhood: model.neighbourhood
                background: Rectangle { color: Theme.card; radius: Theme.radius; border.color: Theme.divider }
                onClicked: page.pickForVisit
                           ? window.push("VisitPage.qml", { familyId: familyId })
                           : window.push("FamilyPage.qml", { familyId: familyId })
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: families.total === 0
                icon: "families"
                text: search.text.length > 0 ? qsTr("No family matches. Check the spelling or search by code.")
                                             : qsTr("No families yet. Add the first family you visit.")
            }
        }
    }

    RoundButton {
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.margins: 24
        width: 64
        height: 64
        highlighted: true
        icon.source: "icons/add.svg"
        onClicked: window.push("FamilyEditPage.qml", {})
        Accessible.name: qsTr("Add a family")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Add a family")
    }
}
