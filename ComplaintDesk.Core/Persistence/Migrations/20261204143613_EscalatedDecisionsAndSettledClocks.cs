using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintDesk.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EscalatedDecisionsAndSettledClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FirstHandlerEmail",
                table: "Complaints",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "PausedFor",
                table: "ComplaintClocks",
                type: "TEXT",
                nullable: true);

            // Complaints assigned before this column existed: their first "Assigned to <email>" event names the first handler.
            migrationBuilder.Sql(
                """
                UPDATE Complaints SET FirstHandlerEmail = (
                    SELECT substr(e.Summary, length('Assigned to ') + 1) FROM TimelineEvents e
                    WHERE e.ComplaintId = Complaints.Id AND e.Move = 'Assign' AND e.Summary LIKE 'Assigned to %'
                    ORDER BY e.At, e.Id LIMIT 1)
                WHERE AssigneeEmail IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstHandlerEmail",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "PausedFor",
                table: "ComplaintClocks");
        }
    }
}
