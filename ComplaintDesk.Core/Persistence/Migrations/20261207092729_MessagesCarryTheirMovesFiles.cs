using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintDesk.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MessagesCarryTheirMovesFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EventId",
                table: "OutgoingMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMessages_EventId",
                table: "OutgoingMessages",
                column: "EventId");

            migrationBuilder.AddForeignKey(
                name: "FK_OutgoingMessages_TimelineEvents_EventId",
                table: "OutgoingMessages",
                column: "EventId",
                principalTable: "TimelineEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OutgoingMessages_TimelineEvents_EventId",
                table: "OutgoingMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutgoingMessages_EventId",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "EventId",
                table: "OutgoingMessages");
        }
    }
}
